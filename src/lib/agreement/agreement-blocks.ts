import { formatDate } from "../dates";
import { textLines } from "../list";
import type { AgreementInput } from "./agreement-input";
import type { SectionKey } from "./agreement-sections";

/** A paragraph of text, or a table with a caption, a header row and rows of cells. Text only, never HTML. */
export type Block = { kind: "paragraph"; text: string } | { kind: "table"; caption: string; header: string[]; rows: string[][] };

export const paragraph = (text: string): Block => ({ kind: "paragraph", text });

/** A table block, or none when there are no rows. */
export function table(caption: string, header: string[], rows: string[][]): Block[] {
  return rows.length === 0 ? [] : [{ kind: "table", caption, header, rows }];
}

/** Text as paragraphs, one per non-blank line. */
export function paragraphs(text: string | undefined): Block[] {
  return textLines(text).map(paragraph);
}

const months = (n: number) => `${n} ${n === 1 ? "month" : "months"}`;

/** "From Mar 1, 2027 to Feb 29, 2028 (12 months)." with whatever of the term is known; "" when nothing is. */
export function termText({ start, end, months: length }: AgreementInput["term"], locale?: string): string {
  const suffix = length === null ? "" : ` (${months(length)})`;
  if (start !== "" && end !== "") return `From ${formatDate(start, locale)} to ${formatDate(end, locale)}${suffix}.`;
  if (start !== "") return `From ${formatDate(start, locale)}${suffix}.`;
  if (end !== "") return `Until ${formatDate(end, locale)}${suffix}.`;
  return length === null ? "" : `For ${months(length)}.`;
}

/**
 * The way up for a disagreement, following each tier's escalation from the lowest tier: "A disagreement goes up in this
 * order: Implementing group, Project group, Strategic group, each partner's own leadership." "" when no tier escalates.
 */
export function escalationText(tiers: AgreementInput["tiers"]): string {
  const lowest = tiers.at(-1);
  if (!lowest || lowest.escalatesTo === "") return "";
  const chain = [lowest.name];
  let next: string = lowest.escalatesTo;
  while (next !== "" && !chain.includes(next)) {
    chain.push(next);
    next = tiers.find((t) => t.name === next)?.escalatesTo ?? "";
  }
  return `A disagreement goes up in this order: ${chain.join(", ")}.`;
}

type Builder = (input: AgreementInput, locale?: string) => Block[];

/** What each section takes from the reader's saved work, before their own words; sections not named take nothing. */
export const SAVED_BLOCKS: Partial<Record<SectionKey, Builder>> = {
  parties: ({ parties }) =>
    table(
      "Parties",
      ["Organization", "Kind", "Contact role", "What they bring"],
      parties.map((p) => [p.name, p.kind, p.contactRole, p.brings]),
    ),
  purpose: ({ name, goals }) => [
    ...(name.trim() === "" ? [] : [paragraph(`The partnership's working name is ${name.trim()}.`)]),
    ...table(
      "Goals",
      ["Goal", "Owner"],
      goals.map((g) => [g.title, g.owner]),
    ),
  ],
  term: ({ term }, locale) => paragraphs(termText(term, locale)),
  governance: ({ tiers, accountabilities }) => [
    ...table(
      "Governance tiers",
      ["Group", "Members", "Meets", "Decides", "Escalates to"],
      tiers.map((t) => [t.name, t.members.join("; "), t.meets, t.decides, t.escalatesTo]),
    ),
    ...table(
      "Who answers for each task",
      ["Task", "Accountable", "Responsible"],
      accountabilities.map((a) => [a.task, a.accountable, a.responsible.join("; ")]),
    ),
  ],
  contributions: ({ contributions, shares, costSharing }) => [
    ...table(
      "Contributions",
      ["Partner", "Contribution", "Value"],
      contributions.map((c) => [c.party, c.what, c.value]),
    ),
    ...table(
      "Each partner's contributions and share of the costs",
      ["Partner", "Contributes in all", "Share of the costs"],
      shares.map((s) => [s.party, s.contributed, s.share]),
    ),
    ...paragraphs(costSharing),
  ],
  risks: ({ risks }) =>
    table(
      "Risks and responses",
      ["Risk", "Response", "Owner", "Mitigation"],
      risks.map((r) => [r.title, r.response, r.owner, r.mitigation]),
    ),
  reporting: ({ kpis }) =>
    table(
      "Indicators",
      ["Indicator", "Target", "How often", "Reported by"],
      kpis.map((k) => [k.name, k.target, k.frequency, k.responsible]),
    ),
  disputes: ({ tiers }) => paragraphs(escalationText(tiers)),
  signatures: ({ parties }) =>
    table(
      "Signatures",
      ["Organization", "Name", "Title", "Signature", "Date"],
      parties.map((p) => [p.name, "", "", "", ""]),
    ),
};
