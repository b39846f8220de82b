import { dayNumber } from "../dates";
import { acceptedBy, appendRow, removeRow, updateRow } from "../row-list/row-list";
import { type EngagementData, MAX_PLAN_ROWS, type PlanRow, PlanRowSchema } from "./engagement-tool";

const valid = acceptedBy(PlanRowSchema);

/** Methods the plan's form offers; the reader may type any other. */
export const METHOD_SUGGESTIONS = [
  "Meeting",
  "Public meeting",
  "Survey",
  "Workshop",
  "Focus group",
  "Advisory group",
  "Newsletter",
  "Site visit",
] as const;

function withPlan(data: EngagementData, plan: PlanRow[]): EngagementData {
  return plan === data.plan ? data : { ...data, plan };
}

/** Only stakeholders on the map, each once. */
function knownIds(data: EngagementData, ids: readonly string[]): string[] {
  const known = new Set(data.stakeholders.map((s) => s.id));
  return [...new Set(ids)].filter((id) => known.has(id));
}

/**
 * The reader adds a plan row; stakeholders not on the map are left out. Nothing changes when the plan is full, the id
 * is taken or the row is invalid.
 */
export function addPlanRow(data: EngagementData, row: PlanRow): EngagementData {
  return withPlan(data, appendRow(data.plan, { ...row, stakeholderIds: knownIds(data, row.stakeholderIds) }, MAX_PLAN_ROWS, valid));
}

/** The reader changes a plan row: topic, who, level, method, date, owner, or whether it is done. */
export function editPlanRow(data: EngagementData, id: string, patch: Partial<Omit<PlanRow, "id">>): EngagementData {
  const clean = patch.stakeholderIds === undefined ? patch : { ...patch, stakeholderIds: knownIds(data, patch.stakeholderIds) };
  return withPlan(data, updateRow(data.plan, id, clean, valid));
}

export function removePlanRow(data: EngagementData, id: string): EngagementData {
  return withPlan(data, removeRow(data.plan, id));
}

/** Whether a row is overdue on `today` (yyyy-mm-dd): dated before it and not done. Undated rows never are. */
export function isOverdue(row: Pick<PlanRow, "date" | "done">, today: string): boolean {
  const due = dayNumber(row.date);
  const now = dayNumber(today);
  return !row.done && due !== null && now !== null && due < now;
}

/** How many rows are overdue on `today`. */
export function overdueCount(plan: readonly Pick<PlanRow, "date" | "done">[], today: string): number {
  return plan.filter((row) => isOverdue(row, today)).length;
}
