import * as v from "valibot";
import { acceptedBy, appendRow, removeRow, updateRow } from "../row-list/row-list";
import { rowId } from "../schema-parts";
import {
  type Benchmark,
  BenchmarkSchema,
  BusinessCaseFields,
  type BusinessCaseData,
  MAX_BENCHMARKS,
  MAX_LINKS,
} from "./business-case-tool";

const valid = acceptedBy(BenchmarkSchema);

/** The case's free-text fields. */
export const CASE_TEXT_FIELDS = ["problem", "purpose", "audiences", "objectivesNote", "keyPlayersNote", "decision"] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

/** The reader types in one of the case's text fields; text past the field's length changes nothing. */
export function setCaseText(data: BusinessCaseData, field: CaseTextField, value: string): BusinessCaseData {
  return data[field] === value || !v.is(BusinessCaseFields.entries[field], value) ? data : { ...data, [field]: value };
}

function withId(ids: string[], id: string): string[] {
  return ids.includes(id) || ids.length >= MAX_LINKS || !v.is(rowId, id) ? ids : [...ids, id];
}

function withoutId(ids: string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((i) => i !== id) : ids;
}

/** The reader ticks one of step 1's goals as an objective of the case. */
export function includeGoal(data: BusinessCaseData, goalId: string): BusinessCaseData {
  const objectiveGoalIds = withId(data.objectiveGoalIds, goalId);
  return objectiveGoalIds === data.objectiveGoalIds ? data : { ...data, objectiveGoalIds };
}

/** The reader unticks a goal. */
export function leaveOutGoal(data: BusinessCaseData, goalId: string): BusinessCaseData {
  const objectiveGoalIds = withoutId(data.objectiveGoalIds, goalId);
  return objectiveGoalIds === data.objectiveGoalIds ? data : { ...data, objectiveGoalIds };
}

/** The reader names an organization from the partnership's list as a key player. */
export function addKeyPlayer(data: BusinessCaseData, organizationId: string): BusinessCaseData {
  const keyPlayerIds = withId(data.keyPlayerIds, organizationId);
  return keyPlayerIds === data.keyPlayerIds ? data : { ...data, keyPlayerIds };
}

/** The reader takes an organization off the key players. */
export function removeKeyPlayer(data: BusinessCaseData, organizationId: string): BusinessCaseData {
  const keyPlayerIds = withoutId(data.keyPlayerIds, organizationId);
  return keyPlayerIds === data.keyPlayerIds ? data : { ...data, keyPlayerIds };
}

function withBenchmarks(data: BusinessCaseData, benchmarks: Benchmark[]): BusinessCaseData {
  return benchmarks === data.benchmarks ? data : { ...data, benchmarks };
}

/** The reader adds a comparable program; nothing changes when the list is full, the id is taken or the row is invalid. */
export function addBenchmark(data: BusinessCaseData, benchmark: Benchmark): BusinessCaseData {
  return withBenchmarks(data, appendRow(data.benchmarks, benchmark, MAX_BENCHMARKS, valid));
}

export function editBenchmark(data: BusinessCaseData, id: string, patch: Partial<Omit<Benchmark, "id">>): BusinessCaseData {
  return withBenchmarks(data, updateRow(data.benchmarks, id, patch, valid));
}

export function removeBenchmark(data: BusinessCaseData, id: string): BusinessCaseData {
  return withBenchmarks(data, removeRow(data.benchmarks, id));
}
