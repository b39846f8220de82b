import { type CsvCell, toCsv } from "../csv";
import type { CostSharing, PartnerStanding } from "./cost-sharing";
import { FREQUENCY_LABEL, METHOD_INFO, TYPE_INFO } from "./labels";
import { currencyDigits, toDecimalString } from "./money";
import { QUANTITY_SCALE, type ResourcesData } from "./resources-tool";
import { costOverTerm } from "./budget";
import { contributionValue } from "./valuation";

/**
 * An amount as a CSV number where a spreadsheet holds it exactly (every realistic amount); beyond 2⁵³ minor units
 * it is written as exact text instead.
 */
export function csvAmount(units: bigint, scale: number): CsvCell {
  const text = toDecimalString(units, scale);
  const safe = units <= BigInt(Number.MAX_SAFE_INTEGER) && units >= -BigInt(Number.MAX_SAFE_INTEGER);
  return safe ? Number(text) : text;
}

/** The contributions, one row each, valued. */
export function contributionsCsv(data: ResourcesData): string {
  const digits = currencyDigits(data.currency);
  const names = new Map(data.partners.map((p) => [p.id, p.name]));
  const rows = data.contributions.map((c) => [
    names.get(c.partnerId) ?? "(deleted partner)",
    TYPE_INFO[c.type].label,
    c.description,
    csvAmount(BigInt(c.quantity), QUANTITY_SCALE),
    csvAmount(BigInt(c.unitValue), digits),
    csvAmount(contributionValue(c), digits),
    c.type === "cash" ? "Cash" : "In kind",
    data.currency,
  ]);
  return toCsv(["Partner", "Type", "Description", "Quantity", "Unit value", "Value", "Cash or in kind", "Currency"], rows);
}

/** The budget over the term, one row per cost. */
export function budgetCsv(data: ResourcesData): string {
  const digits = currencyDigits(data.currency);
  const rows = data.costs.map((c) => [
    c.name,
    FREQUENCY_LABEL[c.frequency],
    csvAmount(BigInt(c.amount), digits),
    csvAmount(costOverTerm(c, data.termMonths), digits),
    data.currency,
  ]);
  return toCsv(["Cost item", "Frequency", "Amount", `Over ${data.termMonths} months`, "Currency"], rows);
}

const SHARING_HEADER = [
  "Partner",
  "Method",
  "Fair share",
  "Cash",
  "In kind",
  "Contributed",
  "Balance",
  "Pays partners",
  "Receives from partners",
  "Into the shared budget",
  "Can pledge less by",
  "Currency",
];

/** The sharing result under the chosen method: one row per partner and a total row; null when the method gives no shares. */
export function sharingCsv(data: ResourcesData, result: CostSharing): string | null {
  if (!result.standings || data.method === null) return null;
  const digits = currencyDigits(data.currency);
  const money = (units: bigint) => csvAmount(units, digits);
  const method = METHOD_INFO[data.method].label;
  const rows: CsvCell[][] = result.standings.map((s) => [
    s.partner.name,
    method,
    money(s.share),
    money(s.contributed.cash),
    money(s.contributed.inKind),
    money(s.contributed.total),
    money(s.balance),
    money(s.pays),
    money(s.receives),
    money(s.intoBudget),
    money(s.lessToPledge),
    data.currency,
  ]);
  const standings = result.standings;
  const sum = (pick: (s: PartnerStanding) => bigint) => money(standings.reduce((a, s) => a + pick(s), 0n));
  rows.push([
    "All partners",
    method,
    money(result.totalCost),
    sum((s) => s.contributed.cash),
    sum((s) => s.contributed.inKind),
    money(result.totalContributed),
    sum((s) => s.balance),
    sum((s) => s.pays),
    sum((s) => s.receives),
    sum((s) => s.intoBudget),
    sum((s) => s.lessToPledge),
    data.currency,
  ]);
  return toCsv(SHARING_HEADER, rows);
}
