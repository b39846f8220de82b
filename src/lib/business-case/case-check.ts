import { firstDuplicateId } from "../row-list/row-list";
import type { BusinessCaseData } from "./business-case-tool";

const hasDuplicate = (ids: readonly string[]) => new Set(ids).size !== ids.length;

/**
 * What makes a business case not hold together, in plain words; empty when it does. Forms cannot produce these
 * (their edits keep the case whole), so they guard imports: the schema refuses a case with any of them.
 */
export function businessCaseProblems(data: BusinessCaseData): string[] {
  const problems: string[] = [];
  const baselines = data.options.filter((o) => o.baseline).length;
  if (baselines === 0) problems.push('The options must include "Do nothing" (or business as usual) as the baseline.');
  if (baselines > 1) problems.push('Only one option can be the "Do nothing" baseline.');
  if (data.chosenOptionId !== "" && !data.options.some((o) => o.id === data.chosenOptionId)) {
    problems.push("The chosen option is not among the options.");
  }
  const swot = Object.values(data.swot).flat();
  const lists = [
    ["options", data.options],
    ["SWOT points", swot],
    ["benefits", data.benefits],
    ["benchmarks", data.benchmarks],
  ] as const;
  for (const [what, rows] of lists) {
    if (firstDuplicateId(rows) !== null) problems.push(`Two ${what} share the same id.`);
  }
  if (hasDuplicate(data.objectiveGoalIds)) problems.push("A goal is listed twice among the objectives.");
  if (hasDuplicate(data.keyPlayerIds)) problems.push("An organization is listed twice among the key players.");
  return problems;
}

/** What the options appraisal still lacks before it can be put to partners, in plain words; empty when complete. */
export function appraisalGaps(data: BusinessCaseData): string[] {
  const gaps: string[] = [];
  if (data.options.length < 2) gaps.push('Add at least one option to compare with "Do nothing".');
  if (data.chosenOptionId === "") gaps.push("Choose the option the case recommends.");
  return gaps;
}
