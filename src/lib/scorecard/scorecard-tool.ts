import * as v from "valibot";
import { namesAreUnique } from "../organizations/names";
import { MAX_ORGANIZATIONS } from "../organizations/organizations-tool";
import { rowsPerPage } from "../paging";
import { list, optionalDate, requiredText, rowId, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";

/** The labelled 1–5 scale every criterion is scored on. */
export const SCALE = [
  { score: 1, label: "Poor" },
  { score: 2, label: "Fair" },
  { score: 3, label: "Good" },
  { score: 4, label: "Very good" },
  { score: 5, label: "Excellent" },
] as const;
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/** Where a due-diligence check stands for one candidate. */
export const CHECK_STATUSES = [
  { key: "not-started", label: "Not started" },
  { key: "in-progress", label: "In progress" },
  { key: "done", label: "Done" },
  { key: "concern", label: "Concern" },
] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number]["key"];

export const MAX_CRITERIA = 20;
export const MAX_CHECKS = 30;
/** Weights are positive numbers up to this. */
export const MAX_WEIGHT = 1000;
export const CRITERION_MAX = 120;
export const CHECK_MAX = 200;
export const NOTE_MAX = 1000;
/** The most scores, answers or due-diligence entries kept: one per organization and check for a full list. */
export const MAX_PAIRS = MAX_ORGANIZATIONS * MAX_CHECKS;

/** The score grid shows at most this many cells at once, and never more than ten candidates. */
export const SCORE_CELLS_PER_PAGE = 100;

/**
 * Candidates on one page of the score grid with `criteria` columns: ten while the rows are short, fewer as they grow,
 * so a page is drawn as quickly with twenty criteria (five candidates, 100 cells) as with ten.
 */
export const candidatesPerPage = (criteria: number): number => rowsPerPage(criteria, 10, SCORE_CELLS_PER_PAGE);

const weight = v.pipe(
  v.number(),
  v.finite(),
  v.gtValue(0, "must be more than zero"),
  v.maxValue(MAX_WEIGHT, `must be at most ${MAX_WEIGHT}`),
);
const score = v.pipe(
  v.number(),
  v.integer("must be a whole number"),
  v.minValue(MIN_SCORE, "must be 1 to 5"),
  v.maxValue(MAX_SCORE, "must be 1 to 5"),
);

/** Whether no two entries are about the same organization and the same criterion or check (`other` gives its id). */
function onePerPair<T extends { organizationId: string }>(entries: readonly T[], other: (entry: T) => string): boolean {
  return new Set(entries.map((e) => `${e.organizationId}\u0000${other(e)}`)).size === entries.length;
}

const CriterionSchema = v.object({
  /** Stable row id; scores and answers point at it. */
  id: rowId,
  /** What is judged, e.g. "Mission fit"; unique in the scorecard. */
  name: requiredText(CRITERION_MAX),
  /** How much the criterion counts in the weighted score: a positive number. Not used while it is non-negotiable. */
  weight,
  /** A gate answered yes or no instead of a score: a candidate that does not meet it is excluded. */
  nonNegotiable: v.boolean(),
});

const ScoreSchema = v.object({
  /** The scored organization's id in step 2's list. */
  organizationId: rowId,
  criterionId: rowId,
  /** 1 poor … 5 excellent. */
  score,
});

const AnswerSchema = v.object({
  /** The organization's id in step 2's list. */
  organizationId: rowId,
  /** A non-negotiable criterion's id. */
  criterionId: rowId,
  /** Whether the organization meets the non-negotiable. */
  met: v.boolean(),
});

const CheckSchema = v.object({
  /** Stable row id; due-diligence entries point at it. */
  id: rowId,
  /** What to check, e.g. "Insurance certificates"; unique in the checklist. */
  name: requiredText(CHECK_MAX),
});

const DiligenceSchema = v.object({
  /** The checked organization's id in step 2's list. */
  organizationId: rowId,
  checkId: rowId,
  status: v.picklist(CHECK_STATUSES.map((s) => s.key)),
  /** What was found, or what is still missing. */
  note: text(NOTE_MAX),
  /** When the status was last set, or "". */
  date: optionalDate,
});

export const ScorecardSchema = v.object({
  /** The criteria in the order the table shows them. */
  criteria: v.pipe(
    list(CriterionSchema, MAX_CRITERIA),
    v.check((items) => namesAreUnique(items), "criterion names must be unique"),
  ),
  /** At most one score per organization and criterion; a missing score means not scored yet. */
  scores: v.pipe(
    list(ScoreSchema, MAX_PAIRS),
    v.check((all) => onePerPair(all, (e) => e.criterionId), "one score per organization and criterion"),
  ),
  /** At most one answer per organization and non-negotiable; a missing answer means not answered yet. */
  answers: v.pipe(
    list(AnswerSchema, MAX_PAIRS),
    v.check((all) => onePerPair(all, (e) => e.criterionId), "one answer per organization and criterion"),
  ),
  /** The due-diligence checklist, the same for every candidate. */
  checks: v.pipe(
    list(CheckSchema, MAX_CHECKS),
    v.check((items) => namesAreUnique(items), "check names must be unique"),
  ),
  /** At most one entry per organization and check; a missing entry means not started. */
  diligence: v.pipe(
    list(DiligenceSchema, MAX_PAIRS),
    v.check((all) => onePerPair(all, (e) => e.checkId), "one entry per organization and check"),
  ),
});

export type Criterion = v.InferOutput<typeof CriterionSchema>;
export type Score = v.InferOutput<typeof ScoreSchema>;
export type Answer = v.InferOutput<typeof AnswerSchema>;
export type Check = v.InferOutput<typeof CheckSchema>;
export type Diligence = v.InferOutput<typeof DiligenceSchema>;
export type ScorecardData = v.InferOutput<typeof ScorecardSchema>;

/** The criteria a new scorecard starts with, equally weighted; the reader edits, adds and removes them. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  "Mission fit",
  "Capacity to deliver",
  "Reputation and community trust",
  "Resources they bring",
  "Track record and financial health",
  "Shared values and culture",
].map((name, i) => ({ id: `criterion-${i + 1}`, name, weight: 1, nonNegotiable: false }));

/** The due-diligence items partnership toolkits and charity regulators name. */
export const DEFAULT_CHECKS: readonly Check[] = [
  "Legal registration and governing documents",
  "Latest financial statements or annual report",
  "Insurance certificates",
  "Safeguarding and data-protection policies",
  "References from past partners",
  "Conflicts of interest",
  "Public reputation check",
  "Licenses the joint work needs",
].map((name, i) => ({ id: `check-${i + 1}`, name }));

export function emptyScorecard(): ScorecardData {
  return {
    criteria: DEFAULT_CRITERIA.map((c) => ({ ...c })),
    scores: [],
    answers: [],
    checks: DEFAULT_CHECKS.map((c) => ({ ...c })),
    diligence: [],
  };
}

/**
 * Whether the reader has put anything of their own in the scorecard: a score, an answer, a due-diligence entry, or
 * criteria or checks other than the defaults a new scorecard starts with.
 */
export function hasScorecardWork(data: ScorecardData): boolean {
  if (data.scores.length + data.answers.length + data.diligence.length > 0) return true;
  const same = <T>(a: readonly T[], b: readonly T[]) =>
    a.length === b.length && a.every((x, i) => JSON.stringify(x) === JSON.stringify(b[i]));
  return !same(data.criteria, DEFAULT_CRITERIA) || !same(data.checks, DEFAULT_CHECKS);
}

/** Step 2's scorecard: weighted criteria, non-negotiables, scores and due diligence for the candidate organizations. */
export const scorecardTool: ToolDefinition<ScorecardData> = {
  id: "scorecard",
  title: "Partner scorecard",
  step: 2,
  version: 1,
  schema: ScorecardSchema,
  migrations: [],
  empty: emptyScorecard,
  summarize: ({ scores, answers }) => {
    const scored = new Set([...scores, ...answers].map((s) => s.organizationId)).size;
    return scored === 0 ? "" : `${scored} ${scored === 1 ? "organization" : "organizations"} scored`;
  },
};
