import { type NameRule, nameProblem } from "../organizations/names";
import { MAX_OVERLOAD_LIMIT, MAX_PEOPLE, MAX_TASKS, PERSON_MAX, type RaciData, TASK_MAX } from "./raci-tool";

/** Checks shared by the RACI forms and imports, answering in plain words; null when all is well. */

export const TASK_NAME: NameRule = { noun: "task", max: TASK_MAX, limit: { count: MAX_TASKS, plural: "tasks" } };
export const PERSON_NAME: NameRule = { noun: "person or role", max: PERSON_MAX, limit: { count: MAX_PEOPLE, plural: "people or roles" } };

export function taskNameProblem(name: string, data: RaciData, exceptId?: string): string | null {
  return nameProblem(name, data.tasks, TASK_NAME, exceptId);
}

export function personNameProblem(name: string, data: RaciData, exceptId?: string): string | null {
  return nameProblem(name, data.people, PERSON_NAME, exceptId);
}

/** The overload limit as typed: a whole number from 1 to 100. */
export function parseOverloadLimit(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const limit = Number(trimmed);
  return limit >= 1 && limit <= MAX_OVERLOAD_LIMIT ? limit : null;
}

export function overloadLimitProblem(text: string): string | null {
  return parseOverloadLimit(text) === null ? `Give the limit as a whole number from 1 to ${MAX_OVERLOAD_LIMIT}.` : null;
}
