import * as v from "valibot";
import { optionalDate, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";
import { SECTION_KEYS, type SectionKey } from "./agreement-sections";

export const CLAUSE_MAX = 4000;

const clause = text(CLAUSE_MAX);

const ClausesSchema = v.object({
  /** Anything to add about the parties, e.g. who signs for each. */
  parties: clause,
  /** The partnership's purpose in the reader's words. */
  purpose: clause,
  /** Review dates, renewal, notice periods. */
  term: clause,
  /** How the groups decide (consensus, votes), deputies, notes kept. */
  governance: clause,
  /** What the contributions and cost shares do not say: invoicing, payment dates. */
  contributions: clause,
  /** Insurance each partner holds, who is named as additional insured, indemnities. */
  risks: clause,
  /** What data is shared, on what legal basis, how it is kept safe, and for how long. */
  data: clause,
  /** Names, logos and who approves public statements. */
  branding: clause,
  /** Reports beyond the KPIs: who writes them and when. */
  reporting: clause,
  /** How disputes are raised and escalated, and any mediation. */
  disputes: clause,
  /** How the agreement is changed. */
  amendment: clause,
  /** Ending, notice to leave, and what happens to shared assets and data. */
  ending: clause,
  /** Anything to add to the signature block. */
  signatures: clause,
});

export const AgreementSchema = v.pipe(
  v.object({
    /** The day the agreement starts, or "". */
    start: optionalDate,
    /** The day it ends, or ""; never before the start. */
    end: optionalDate,
    /** The reader's own words for each section of the outline; "" where they have written nothing. */
    clauses: ClausesSchema,
  }),
  v.check(({ start, end }) => start === "" || end === "" || start <= end, "the end date must not be before the start date"),
);

export type AgreementData = v.InferOutput<typeof AgreementSchema>;

export function emptyAgreement(): AgreementData {
  return { start: "", end: "", clauses: Object.fromEntries(SECTION_KEYS.map((key) => [key, ""])) as Record<SectionKey, string> };
}

/** Step 4's agreement notes: the dates and the reader's own words that the outline carries beside their saved work. */
export const agreementTool: ToolDefinition<AgreementData> = {
  id: "agreement",
  title: "Partnership agreement outline",
  step: 4,
  version: 1,
  schema: AgreementSchema,
  migrations: [],
  empty: emptyAgreement,
  summarize: ({ start, end, clauses }) => {
    const written = SECTION_KEYS.filter((key) => clauses[key].trim() !== "").length;
    if (written === 0) return start === "" && end === "" ? "" : "dates set";
    return `${written} ${written === 1 ? "section" : "sections"} written`;
  },
};

/** Sets the reader's words for one section; text past the limit is refused (the same object back). */
export function setClause(data: AgreementData, key: SectionKey, words: string): AgreementData {
  if (words.length > CLAUSE_MAX || data.clauses[key] === words) return data;
  return { ...data, clauses: { ...data.clauses, [key]: words } };
}

/** Sets the start and end days ("yyyy-mm-dd" or ""); refused when either is not a day or the end comes first. */
export function setTerm(data: AgreementData, start: string, end: string): AgreementData {
  if (termProblem(start, end) !== null || (data.start === start && data.end === end)) return data;
  return { ...data, start, end };
}

/** Why the dates cannot be saved, in words; null when they can (either may be empty). */
export function termProblem(start: string, end: string): string | null {
  if (!v.is(optionalDate, start)) return "Enter the start date as a calendar date (yyyy-mm-dd), or leave it empty.";
  if (!v.is(optionalDate, end)) return "Enter the end date as a calendar date (yyyy-mm-dd), or leave it empty.";
  if (start !== "" && end !== "" && end < start) return "The end date comes before the start date.";
  return null;
}
