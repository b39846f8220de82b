import { isValidDate } from "../dates";
import { parseNumber } from "../number-parse";
import { type NameRule, nameProblem } from "../organizations/names";
import { tidyName } from "../organizations/names";
import {
  CHECK_MAX,
  CRITERION_MAX,
  type Criterion,
  MAX_CHECKS,
  MAX_CRITERIA,
  MAX_WEIGHT,
  NOTE_MAX,
  type ScorecardData,
} from "./scorecard-tool";

/** Checks shared by the scorecard's forms and imports, answering in plain words; null (or {}) when all is well. */

export const CRITERION_NAME: NameRule = { noun: "criterion", max: CRITERION_MAX, limit: { count: MAX_CRITERIA, plural: "criteria" } };
export const CHECK_NAME: NameRule = { noun: "check", max: CHECK_MAX, limit: { count: MAX_CHECKS, plural: "checks" } };

export function criterionNameProblem(name: string, data: ScorecardData, exceptId?: string): string | null {
  return nameProblem(name, data.criteria, CRITERION_NAME, exceptId);
}

export function checkNameProblem(name: string, data: ScorecardData, exceptId?: string): string | null {
  return nameProblem(name, data.checks, CHECK_NAME, exceptId);
}

/** The smallest weight taken: weights are shown with at most three decimals, and a smaller one would read as 0. */
export const MIN_WEIGHT = 0.001;

/** A weight as typed ("2", "1.5", "1,5"), or null when it is not a positive number the schema keeps. */
export function parseWeight(text: string, locale?: string): number | null {
  const weight = parseNumber(text, locale);
  return weight !== null && weight >= MIN_WEIGHT && weight <= MAX_WEIGHT ? weight : null;
}

/** Why a typed weight is refused; zero, negative and weights too small to show are. */
export function weightProblem(text: string, locale?: string): string | null {
  const weight = parseNumber(text, locale);
  if (weight === null || weight <= 0) return "Give the weight as a positive number, such as 1, 2 or 1.5.";
  if (weight < MIN_WEIGHT) return `Give the weight as ${MIN_WEIGHT} or more: a smaller one would show as 0.`;
  if (weight > MAX_WEIGHT) return `Keep the weight to ${MAX_WEIGHT} or less.`;
  return null;
}

/** What the "Add criterion" form holds. */
export interface CriterionDraft {
  name: string;
  weight: string;
  nonNegotiable: boolean;
}

export type CriterionErrors = Partial<Record<"name" | "weight", string>>;

/** What is wrong with a criterion draft, field by field. A non-negotiable's weight is not used, but is still checked if given. */
export function criterionErrors(draft: CriterionDraft, data: ScorecardData, exceptId?: string, locale?: string): CriterionErrors {
  const errors: CriterionErrors = {};
  const name = criterionNameProblem(draft.name, data, exceptId);
  if (name) errors.name = name;
  const weightGiven = !draft.nonNegotiable || draft.weight.trim() !== "";
  const weight = weightGiven ? weightProblem(draft.weight, locale) : null;
  if (weight) errors.weight = weight;
  return errors;
}

/** The criterion a valid draft adds; a non-negotiable given no weight gets 1, used if it is made weighted later. */
export function criterionFromDraft(draft: CriterionDraft, id: string, locale?: string): Criterion {
  return { id, name: tidyName(draft.name), weight: parseWeight(draft.weight, locale) ?? 1, nonNegotiable: draft.nonNegotiable };
}

export function noteProblem(note: string): string | null {
  return note.length > NOTE_MAX ? `Keep the note to ${NOTE_MAX} characters or fewer.` : null;
}

/** A check's date may be left empty; otherwise it must be a real date. */
export function checkDateProblem(date: string): string | null {
  return date === "" || isValidDate(date) ? null : "Enter the date as a calendar date (yyyy-mm-dd), or leave it empty.";
}
