import { ANNUAL_BUDGETS, MONEY_LINES, SHARES_PERCENT, VOLUNTEER_HOUR_CENTS, lineValue, perTime } from "../example/money";
import { EXAMPLE } from "../example/partnership";
import type { ResourcesData } from "./resources-tool";

const partnerId = (name: string) => `example-partner-${EXAMPLE.partners.indexOf(name as (typeof EXAMPLE.partners)[number]) + 1}`;

/**
 * Riverside Fresh Start's first year, costed from the example's fact sheet. Each budget line is one partner's
 * contribution, so budget and ledger agree; names say whether a line is cash or in kind.
 */
export function resourcesExample(): ResourcesData {
  return {
    currency: EXAMPLE.currency,
    termMonths: EXAMPLE.termMonths,
    volunteerRate: VOLUNTEER_HOUR_CENTS,
    method: "custom",
    weightBasis: "capacity",
    partners: EXAMPLE.partners.map((name) => ({
      id: partnerId(name),
      // Linked by name to step 2's list when the tool opens: the example's organizations, or new ones.
      organizationId: null,
      name,
      // Weights are annual budgets in thousandths of a dollar; percentages in hundredths of a percent.
      weight: (ANNUAL_BUDGETS[name] ?? 0) * 1000,
      percent: (SHARES_PERCENT[name] ?? 0) * 100,
    })),
    costs: MONEY_LINES.map((line, i) => ({
      id: `example-cost-${i + 1}`,
      name: `${line.kind === "cash" ? "Cash" : "In kind"}: ${line.item}`,
      amount: perTime(line, EXAMPLE.termMonths),
      frequency: line.frequency,
    })),
    contributions: MONEY_LINES.map((line, i) => ({
      id: `example-contribution-${i + 1}`,
      partnerId: partnerId(line.partner),
      type: line.type,
      description: line.type === "cash" ? `${line.item}, from ${line.source}` : `${line.item}, ${line.source}`,
      quantity: line.quantity * 1000,
      unitValue: line.type === "cash" ? lineValue(line) : line.unitCents,
    })),
  };
}
