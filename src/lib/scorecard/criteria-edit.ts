import { findByName, tidyName } from "../organizations/names";
import { CRITERION_MAX, type Criterion, MAX_CRITERIA, MAX_WEIGHT, type ScorecardData } from "./scorecard-tool";

/**
 * Edits of the criteria. Each returns the next data, or the same object when nothing changes, including when the edit
 * would break a rule of the schema (the form says why, from scorecard-input).
 */

/** Whether `weight` is one the schema keeps: a finite number above zero, at most MAX_WEIGHT. */
export function isWeight(weight: number): boolean {
  return Number.isFinite(weight) && weight > 0 && weight <= MAX_WEIGHT;
}

function nameFits(data: ScorecardData, name: string, exceptId?: string): boolean {
  return name !== "" && name.length <= CRITERION_MAX && findByName(data.criteria, name, exceptId) === undefined;
}

/** Adds a criterion at the end of the table. */
export function addCriterion(data: ScorecardData, criterion: Criterion): ScorecardData {
  const name = tidyName(criterion.name);
  if (data.criteria.length >= MAX_CRITERIA || data.criteria.some((c) => c.id === criterion.id)) return data;
  if (!nameFits(data, name) || !isWeight(criterion.weight)) return data;
  return { ...data, criteria: [...data.criteria, { ...criterion, name }] };
}

function update(data: ScorecardData, id: string, patch: Partial<Criterion>): ScorecardData {
  const criterion = data.criteria.find((c) => c.id === id);
  if (!criterion || Object.entries(patch).every(([key, value]) => criterion[key as keyof Criterion] === value)) return data;
  return { ...data, criteria: data.criteria.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

export function renameCriterion(data: ScorecardData, id: string, name: string): ScorecardData {
  const tidy = tidyName(name);
  return nameFits(data, tidy, id) ? update(data, id, { name: tidy }) : data;
}

/** Sets a criterion's weight; zero, negative or non-finite weights are refused. */
export function setWeight(data: ScorecardData, id: string, weight: number): ScorecardData {
  return isWeight(weight) ? update(data, id, { weight }) : data;
}

/** Makes a criterion a yes/no gate or a weighted criterion again; the scores and answers given so far are kept. */
export function setNonNegotiable(data: ScorecardData, id: string, nonNegotiable: boolean): ScorecardData {
  return update(data, id, { nonNegotiable });
}

/** Removes a criterion with every score and answer given on it. */
export function removeCriterion(data: ScorecardData, id: string): ScorecardData {
  if (!data.criteria.some((c) => c.id === id)) return data;
  return {
    ...data,
    criteria: data.criteria.filter((c) => c.id !== id),
    scores: data.scores.filter((s) => s.criterionId !== id),
    answers: data.answers.filter((a) => a.criterionId !== id),
  };
}
