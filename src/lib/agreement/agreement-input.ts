import type { SectionKey } from "./agreement-sections";

/**
 * Everything the outline is assembled from, as plain text the UI gathers from each tool's saved data (see
 * agreement-sources for the tools of steps 1, 2, 4, 5 and 8, agreement-costing for step 7). Every field may be left out; text is never HTML.
 */
export interface AgreementInput {
  /** The partnership's working name, e.g. "Riverside Fresh Start"; "" when it has none yet. */
  name: string;
  /** The organizations that sign: the partners and the reader's own (step 2). */
  parties: readonly { name: string; kind: string; contactRole: string; brings: string }[];
  /** The goals the partnership serves (step 1). */
  goals: readonly { title: string; owner: string }[];
  /** Start and end as "yyyy-mm-dd" or "", and the length in months when known (the costing tool's term). */
  term: { start: string; end: string; months: number | null };
  /** The governance tiers in use, from the top (step 4). */
  tiers: readonly { name: string; members: readonly string[]; meets: string; decides: string; escalatesTo: string }[];
  /** Who answers for each task of the RACI chart (step 4). */
  accountabilities: readonly { task: string; accountable: string; responsible: readonly string[] }[];
  /** Each contribution with its value already formatted, e.g. "$4,800.00" (step 7). */
  contributions: readonly { party: string; what: string; value: string }[];
  /** Each partner's contributions in all and its share of the costs, amounts already formatted (step 7). */
  shares: readonly { party: string; contributed: string; share: string }[];
  /** How shared costs are split, in one or two sentences already written out (step 7). */
  costSharing: string;
  /** The risks and their responses (step 5). */
  risks: readonly { title: string; response: string; owner: string; mitigation: string }[];
  /** The indicators the partners report against, target already written out (step 8). */
  kpis: readonly { name: string; target: string; frequency: string; responsible: string }[];
  /** The reader's own words per section (step 4's agreement notes). */
  clauses: Partial<Record<SectionKey, string>>;
}

/** An input with nothing in it; assembleAgreement fills whatever a partial input leaves out from here. */
export const EMPTY_INPUT: AgreementInput = {
  name: "",
  parties: [],
  goals: [],
  term: { start: "", end: "", months: null },
  tiers: [],
  accountabilities: [],
  contributions: [],
  shares: [],
  costSharing: "",
  risks: [],
  kpis: [],
  clauses: {},
};
