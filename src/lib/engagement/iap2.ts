import type { Iap2Level, Stakeholder } from "./engagement-tool";
import { type Quadrant, quadrantOf } from "./power-interest";

export const IAP2_LABEL: Record<Iap2Level, string> = {
  inform: "Inform",
  consult: "Consult",
  involve: "Involve",
  collaborate: "Collaborate",
  empower: "Empower",
};

/** Each level's promise to the people engaged, in the guide's own words (after IAP2's spectrum of public participation). */
export const IAP2_PROMISE: Record<Iap2Level, string> = {
  inform: "We will keep you up to date with clear and timely facts.",
  consult: "We will ask for your views, listen, and tell you how they shaped the decision.",
  involve: "We will work with you along the way, so your concerns and hopes show in the choices we weigh.",
  collaborate: "We will work out the answer with you and follow your advice as far as we possibly can.",
  empower: "You make the decision, and we will carry it out.",
};

/**
 * The guide's own rule for a starting level from a stakeholder's quadrant; IAP2 prescribes none, and the reader
 * overrides it. Say rises with interest first, then power: those who care most about the outcome get a real part in
 * it even when they hold little power. Empower is never suggested: only the reader can decide to hand over a decision.
 */
export const SUGGESTED_LEVEL: Record<Quadrant, Iap2Level> = {
  "manage-closely": "collaborate",
  "keep-informed": "involve",
  "keep-satisfied": "consult",
  monitor: "inform",
};

/** The level suggested for a stakeholder by its place on the grid. */
export function suggestedLevel(s: Pick<Stakeholder, "power" | "interest">, highFrom: number): Iap2Level {
  return SUGGESTED_LEVEL[quadrantOf(s.power, s.interest, highFrom)];
}

/** The level a stakeholder is engaged at: the reader's choice, or else the suggestion (`suggested` says which). */
export function engagementLevel(
  s: Pick<Stakeholder, "power" | "interest" | "level">,
  highFrom: number,
): { level: Iap2Level; suggested: boolean } {
  return s.level === null ? { level: suggestedLevel(s, highFrom), suggested: true } : { level: s.level, suggested: false };
}
