import * as v from "valibot";
import { type FieldErrors, type Read, limitMessage, readWithSchema } from "../form-read/form-read";
import { dateProblem } from "../kpis/kpi-input";
import { stakeholderKey } from "./engagement-check";
import {
  type EngagementData,
  type Feedback,
  FeedbackSchema,
  MAX_FEEDBACK,
  MAX_PLAN_ROWS,
  MAX_STAKEHOLDERS,
  type PlanRow,
  PlanRowSchema,
  type Stakeholder,
  StakeholderSchema,
} from "./engagement-tool";
import { nameKey } from "../names";

export interface StakeholderFields {
  /** The organization picked from the partnership's list, or "" for a stakeholder named in `name`. */
  organizationId: string;
  name: string;
  power: string;
  interest: string;
  stanceNow: string;
  stanceWanted: string;
}

/** A stakeholder as the form gives it; its level starts as the suggestion and is set apart from the form. */
export type StakeholderDraft = Omit<Stakeholder, "id" | "level">;

const StakeholderDraftSchema = v.omit(StakeholderSchema, ["id", "level"]);

function scoreOf(text: string): number | null {
  return /^\s*[1-5]\s*$/.test(text) ? Number(text) : null;
}

/** Checks the stakeholder form against the map; `editingId` is the stakeholder being edited, if any. */
export function readStakeholderFields(
  fields: StakeholderFields,
  data: EngagementData,
  editingId = "",
): Read<StakeholderDraft, StakeholderFields> {
  const found: FieldErrors<StakeholderFields> = {};
  const name = fields.organizationId === "" ? fields.name.trim() : "";
  if (fields.organizationId === "" && nameKey(name) === "") found.name = "Enter the stakeholder's name or pick an organization.";
  else if (data.stakeholders.some((s) => s.id !== editingId && stakeholderKey(s) === stakeholderKey({ ...fields, name }))) {
    found.name = "This stakeholder is already on the map.";
  }
  const power = scoreOf(fields.power);
  const interest = scoreOf(fields.interest);
  if (power === null) found.power = "Choose a power from 1 to 5.";
  if (interest === null) found.interest = "Choose an interest from 1 to 5.";
  const labels = {
    organizationId: "The organization",
    name: "The stakeholder",
    power: "The power",
    interest: "The interest",
    stanceNow: "The stance now",
    stanceWanted: "The stance wanted",
  };
  return readWithSchema(StakeholderDraftSchema, { ...fields, name, power, interest }, labels, found);
}

/** Why stakeholder `id`, named here, cannot take `name` (blank, or already on the map), or null when it can. */
export function stakeholderRenameProblem(data: EngagementData, id: string, name: string): string | null {
  if (nameKey(name) === "") return "Enter the stakeholder's name; until you do, the map keeps its last name.";
  const key = stakeholderKey({ organizationId: "", name: name.trim() });
  return data.stakeholders.some((s) => s.id !== id && stakeholderKey(s) === key) ? "This stakeholder is already on the map." : null;
}

export interface PlanRowFields {
  topic: string;
  stakeholderIds: string[];
  level: string;
  method: string;
  date: string;
  owner: string;
}

/** Checks the engagement plan's form; `id` is the new or edited row's id, `done` its current state. */
export function readPlanRowFields(fields: PlanRowFields, id: string, done = false): Read<PlanRow, PlanRowFields> {
  const found: FieldErrors<PlanRowFields> = {};
  const date = fields.date.trim() === "" ? null : dateProblem(fields.date, "date");
  if (date !== null) found.date = date;
  const labels = {
    topic: "The topic",
    stakeholderIds: "Who is engaged",
    level: "The level",
    method: "The method",
    date: "The date",
    owner: "The owner",
  };
  return readWithSchema(PlanRowSchema, { ...fields, id, date: fields.date.trim(), done }, labels, found);
}

export interface FeedbackFields {
  what: string;
  from: string;
  date: string;
  response: string;
  status: string;
}

/** Checks the "you said, we did" form; `id` is the new or edited entry's id. */
export function readFeedbackFields(fields: FeedbackFields, id: string): Read<Feedback, FeedbackFields> {
  const found: FieldErrors<FeedbackFields> = {};
  const date = dateProblem(fields.date.trim(), "date it was received");
  if (date !== null) found.date = date;
  const labels = { what: "What was said", from: "Who said it", date: "The date", response: "The response", status: "The status" };
  return readWithSchema(FeedbackSchema, { ...fields, id, date: fields.date.trim() }, labels, found);
}

/** Why nothing more can be added, said when a list is full; null while there is room. */
export const engagementLimits = {
  stakeholders: (data: EngagementData) => limitMessage(data.stakeholders.length, MAX_STAKEHOLDERS, "stakeholders", "the map"),
  plan: (data: EngagementData) => limitMessage(data.plan.length, MAX_PLAN_ROWS, "plan rows", "the engagement plan"),
  feedback: (data: EngagementData) => limitMessage(data.feedback.length, MAX_FEEDBACK, "entries", "the log"),
};
