import { acceptedBy, appendRow, removeRow, updateRow } from "../row-list/row-list";
import { stakeholderKey } from "./engagement-check";
import {
  type EngagementData,
  type Iap2Level,
  MAX_STAKEHOLDERS,
  STANCES,
  type Stance,
  type Stakeholder,
  StakeholderSchema,
} from "./engagement-tool";
import { nameKey } from "../names";
import { clampScore } from "./power-interest";

export const STANCE_LABEL: Record<Stance, string> = {
  opposed: "Opposed",
  wary: "Wary",
  neutral: "Neutral",
  supportive: "Supportive",
  champion: "Champion",
};

/** How many steps a stakeholder's stance is from the one wanted: positive when it must warm, 0 when it is there. */
export function stanceGap(s: Pick<Stakeholder, "stanceNow" | "stanceWanted">): number {
  return STANCES.indexOf(s.stanceWanted) - STANCES.indexOf(s.stanceNow);
}

/** What a stakeholder is called: its organization's name from the partnership's list, or its own name. */
export function stakeholderName(s: Pick<Stakeholder, "organizationId" | "name">, organizations: ReadonlyMap<string, string>): string {
  if (s.organizationId === "") return s.name.trim();
  return organizations.get(s.organizationId) ?? "(organization no longer listed)";
}

function withStakeholders(data: EngagementData, stakeholders: Stakeholder[]): EngagementData {
  return stakeholders === data.stakeholders ? data : { ...data, stakeholders };
}

const fitsSchema = acceptedBy(StakeholderSchema);

/** Valid on its own, and named: by an organization or by a name that is not blank. */
const valid = (s: Stakeholder) => fitsSchema(s) && (s.organizationId !== "" || nameKey(s.name) !== "");

function takenBy(data: EngagementData, s: Pick<Stakeholder, "organizationId" | "name">, except = ""): boolean {
  const key = stakeholderKey(s);
  return data.stakeholders.some((other) => other.id !== except && stakeholderKey(other) === key);
}

/** The reader adds a stakeholder; nothing changes when the map is full, the id is taken, it is there already or it is invalid. */
export function addStakeholder(data: EngagementData, stakeholder: Stakeholder): EngagementData {
  if (takenBy(data, stakeholder)) return data;
  return withStakeholders(data, appendRow(data.stakeholders, stakeholder, MAX_STAKEHOLDERS, valid));
}

/** The reader changes a stakeholder's name, organization, scores or stances; a change making it a duplicate is refused. */
export function editStakeholder(data: EngagementData, id: string, patch: Partial<Omit<Stakeholder, "id">>): EngagementData {
  const current = data.stakeholders.find((s) => s.id === id);
  if (current === undefined || takenBy(data, { ...current, ...patch }, id)) return data;
  const scores = { ...patch };
  if (scores.power !== undefined) scores.power = clampScore(scores.power);
  if (scores.interest !== undefined) scores.interest = clampScore(scores.interest);
  return withStakeholders(data, updateRow(data.stakeholders, id, scores, valid));
}

/** The reader moves a stakeholder on the grid by steps of power and interest (arrow keys), staying within 1–5. */
export function moveStakeholder(data: EngagementData, id: string, dPower: number, dInterest: number): EngagementData {
  const s = data.stakeholders.find((x) => x.id === id);
  if (s === undefined) return data;
  return editStakeholder(data, id, { power: clampScore(s.power + dPower), interest: clampScore(s.interest + dInterest) });
}

/** The reader drops a stakeholder on a cell of the grid (pointer); scores outside 1–5 are brought within. */
export function placeStakeholder(data: EngagementData, id: string, power: number, interest: number): EngagementData {
  return editStakeholder(data, id, { power, interest });
}

/** The reader picks an IAP2 level for a stakeholder, or null to follow the suggestion again. */
export function setEngagementLevel(data: EngagementData, id: string, level: Iap2Level | null): EngagementData {
  return withStakeholders(data, updateRow(data.stakeholders, id, { level }, valid));
}

/** The reader removes a stakeholder; plan rows stop naming it. */
export function removeStakeholder(data: EngagementData, id: string): EngagementData {
  const next = withStakeholders(data, removeRow(data.stakeholders, id));
  if (next === data) return data;
  const plan = data.plan.map((row) =>
    row.stakeholderIds.includes(id) ? { ...row, stakeholderIds: row.stakeholderIds.filter((s) => s !== id) } : row,
  );
  return { ...next, plan };
}

/** The reader sets the score from which power and interest count as high (2–5); other values change nothing. */
export function setHighFrom(data: EngagementData, highFrom: number): EngagementData {
  if (highFrom === data.highFrom || !Number.isInteger(highFrom) || highFrom < 2 || highFrom > 5) return data;
  return { ...data, highFrom };
}
