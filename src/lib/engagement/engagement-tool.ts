import * as v from "valibot";
import { isValidDate } from "../dates";
import { list, maxLengthOf, optionalDate, requiredText, rowId, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";
import { engagementProblems } from "./engagement-check";

export const MAX_STAKEHOLDERS = 50;
export const MAX_PLAN_ROWS = 100;
export const MAX_FEEDBACK = 500;

/** Where a stakeholder stands on the partnership, from against to its strongest supporter. */
export const STANCES = ["opposed", "wary", "neutral", "supportive", "champion"] as const;
export type Stance = (typeof STANCES)[number];

/** The IAP2 spectrum of public participation, from the least say to the most. */
export const IAP2_LEVELS = ["inform", "consult", "involve", "collaborate", "empower"] as const;
export type Iap2Level = (typeof IAP2_LEVELS)[number];

/** Where a piece of feedback stands: not yet answered, answered, or acted on. */
export const FEEDBACK_STATUSES = ["open", "answered", "acted-on"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

/** Scores run from 1 to 5; "high" starts at this score unless the reader sets another (2–5). */
export const DEFAULT_HIGH_FROM = 3;

const score = v.pipe(
  v.number(),
  v.integer("must be a whole number"),
  v.minValue(1, "must be from 1 to 5"),
  v.maxValue(5, "must be from 1 to 5"),
);

export const StakeholderSchema = v.object({
  /** Stable row id; plan rows point at it. */
  id: rowId,
  /** Id of an organization in the partnership's list, or "" for a stakeholder named here. */
  organizationId: v.union([v.literal(""), rowId]),
  /** The stakeholder's own name, used when it is not an organization in the list, e.g. "Elm Street tenants". */
  name: text(120),
  /** How much it can affect the partnership, 1–5. */
  power: score,
  /** How much it cares about the partnership, 1–5. */
  interest: score,
  /** Its stance now. */
  stanceNow: v.picklist(STANCES),
  /** The stance the partnership works towards. */
  stanceWanted: v.picklist(STANCES),
  /** The IAP2 level the reader chose; null follows the suggestion from its quadrant. */
  level: v.nullable(v.picklist(IAP2_LEVELS)),
});

export const PlanRowSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** The decision or topic people are engaged on. */
  topic: requiredText(200),
  /** Ids of the stakeholders engaged on it. */
  stakeholderIds: list(rowId, MAX_STAKEHOLDERS),
  /** How much say they get, on the IAP2 spectrum. */
  level: v.picklist(IAP2_LEVELS),
  /** How they are engaged, e.g. "Survey" or "Workshop". */
  method: text(120),
  /** When it happens, yyyy-mm-dd; "" while not set. */
  date: optionalDate,
  /** Who in the partnership makes it happen. */
  owner: text(120),
  /** True once it has taken place; a row not done after its date is overdue. */
  done: v.boolean(),
});

export const FeedbackSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** What was said ("you said"). */
  what: requiredText(1000),
  /** Who said it: a person, a group or "survey respondents". */
  from: text(200),
  /** The day it was received, yyyy-mm-dd. */
  date: v.pipe(v.string(), v.check(isValidDate, "must be a calendar date written yyyy-mm-dd")),
  /** The partnership's response ("we did"). */
  response: text(2000),
  status: v.picklist(FEEDBACK_STATUSES),
});

const EngagementFields = v.object({
  /** The score from which power or interest counts as high on the grid, 2–5. */
  highFrom: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(5)),
  stakeholders: list(StakeholderSchema, MAX_STAKEHOLDERS),
  plan: list(PlanRowSchema, MAX_PLAN_ROWS),
  /** The "you said, we did" log. */
  feedback: list(FeedbackSchema, MAX_FEEDBACK),
});

/** The stored map, plan and log: every field valid, and the whole holding together (see engagementProblems). */
export const EngagementSchema = v.pipe(
  EngagementFields,
  v.check(
    (data) => engagementProblems(data).length === 0,
    (issue) => engagementProblems(issue.input)[0] ?? "The stakeholder map does not hold together.",
  ),
);

export type Stakeholder = v.InferOutput<typeof StakeholderSchema>;
export type PlanRow = v.InferOutput<typeof PlanRowSchema>;
export type Feedback = v.InferOutput<typeof FeedbackSchema>;
export type EngagementData = v.InferOutput<typeof EngagementFields>;

export function emptyEngagement(): EngagementData {
  return { highFrom: DEFAULT_HIGH_FROM, stakeholders: [], plan: [], feedback: [] };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Step 6's tool: the stakeholder map, the engagement plan and the "you said, we did" log. Its edits (stakeholders,
 * engagement-plan, feedback-log) are pure, address rows by id, return the same object when nothing changes, and never
 * store a value this schema would refuse; the read functions of engagement-input say why in plain words.
 */
export const engagementTool: ToolDefinition<EngagementData> = {
  id: "engagement",
  title: "Stakeholder map and engagement plan",
  step: 6,
  version: 1,
  schema: EngagementSchema,
  migrations: [],
  empty: emptyEngagement,
  summarize: ({ stakeholders, plan, feedback }) =>
    stakeholders.length + plan.length + feedback.length === 0
      ? ""
      : [
          count(stakeholders.length, "stakeholder", "stakeholders"),
          count(plan.length, "plan row", "plan rows"),
          count(feedback.length, "log entry", "log entries"),
        ].join(", "),
};

/** The longest text each field takes, read from the schemas so a form states no limit of its own. */
export const ENGAGEMENT_LIMITS = {
  name: maxLengthOf(StakeholderSchema.entries.name),
  topic: maxLengthOf(PlanRowSchema.entries.topic),
  method: maxLengthOf(PlanRowSchema.entries.method),
  owner: maxLengthOf(PlanRowSchema.entries.owner),
  what: maxLengthOf(FeedbackSchema.entries.what),
  from: maxLengthOf(FeedbackSchema.entries.from),
  response: maxLengthOf(FeedbackSchema.entries.response),
};
