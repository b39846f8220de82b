import * as v from "valibot";
import { list, maxLengthOf, requiredText, rowId, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";
import { GOALS_MIGRATIONS } from "./goals-migrations";

/** The five SMART tests a goal should pass. */
export const SMART_TESTS = [
  { key: "specific", label: "Specific", hint: "says exactly what will change, and for whom" },
  { key: "measurable", label: "Measurable", hint: "has a number or a clear sign of success" },
  { key: "achievable", label: "Achievable", hint: "is within reach with the resources in sight" },
  { key: "relevant", label: "Relevant", hint: "serves your mission and your strategy" },
  { key: "timeBound", label: "Time-bound", hint: "has a date" },
] as const;

export type SmartKey = (typeof SMART_TESTS)[number]["key"];

export const PRIORITIES = ["high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];
/** Each priority in words, on screen and in the CSV. */
export const PRIORITY_LABELS: Record<Priority, string> = { high: "High", medium: "Medium", low: "Low" };

const GoalSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** The goal in one sentence. */
  title: requiredText(300),
  /** Which SMART tests the goal passes, as the reader judged them. */
  smart: v.object({
    specific: v.boolean(),
    measurable: v.boolean(),
    achievable: v.boolean(),
    relevant: v.boolean(),
    timeBound: v.boolean(),
  }),
  priority: v.picklist(PRIORITIES),
  /** Who in the organization answers for the goal. */
  owner: text(120),
  /** What the organization wants from a partnership to reach this goal. */
  wants: text(2000),
});

export const GoalsSchema = v.object({
  /** The reader's organization; also offered to the booking form if they agree. */
  organization: text(120),
  /** The partnership's working name, e.g. "Riverside Fresh Start"; titles the plan and the agreement. "" when not named yet. */
  partnershipName: text(120),
  goals: list(GoalSchema, 1000),
  /** What the organization can offer partners, one item a line: staff skills, volunteers, equipment, relationships. */
  offers: text(2000),
  /** The conditions under which the organization would walk away, one a line. */
  nonNegotiables: text(2000),
});

export type Goal = v.InferOutput<typeof GoalSchema>;

/** The longest text each field takes, read by the forms from the schema. */
export const GOAL_LIMITS = {
  organization: maxLengthOf(GoalsSchema.entries.organization),
  partnershipName: maxLengthOf(GoalsSchema.entries.partnershipName),
  title: maxLengthOf(GoalSchema.entries.title),
  owner: maxLengthOf(GoalSchema.entries.owner),
  wants: maxLengthOf(GoalSchema.entries.wants),
  offers: maxLengthOf(GoalsSchema.entries.offers),
  nonNegotiables: maxLengthOf(GoalsSchema.entries.nonNegotiables),
};
export type GoalsData = v.InferOutput<typeof GoalsSchema>;

/** Step 1's worksheet: goals and objectives, each with a SMART check. */
export const goalsTool: ToolDefinition<GoalsData> = {
  id: "goals",
  title: "Goals worksheet",
  step: 1,
  version: 3,
  schema: GoalsSchema,
  migrations: GOALS_MIGRATIONS,
  empty: () => ({ organization: "", partnershipName: "", goals: [], offers: "", nonNegotiables: "" }),
  summarize: ({ goals }) => (goals.length === 0 ? "" : `${goals.length} ${goals.length === 1 ? "goal" : "goals"}`),
};

/** How many SMART tests a goal passes, 0–5. */
export function smartScore(goal: Goal): number {
  return SMART_TESTS.filter((test) => goal.smart[test.key]).length;
}

/** Goals ordered high → low priority, keeping entry order within a priority. */
export function byPriority(goals: readonly Goal[]): Goal[] {
  return goals
    .map((goal, index) => ({ goal, index }))
    .sort((a, b) => PRIORITIES.indexOf(a.goal.priority) - PRIORITIES.indexOf(b.goal.priority) || a.index - b.index)
    .map(({ goal }) => goal);
}
