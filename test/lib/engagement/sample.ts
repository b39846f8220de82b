import { type EngagementData, type Stakeholder, emptyEngagement } from "~/lib/engagement/engagement-tool";

/** A stakeholder named here (not from the organizations list), neutral, following the suggested level. */
export function stakeholder(id: string, power = 3, interest = 3, change: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id,
    organizationId: "",
    name: `Group ${id}`,
    power,
    interest,
    stanceNow: "neutral",
    stanceWanted: "supportive",
    level: null,
    ...change,
  };
}

/** A map holding the given stakeholders. */
export function mapOf(...stakeholders: Stakeholder[]): EngagementData {
  return { ...emptyEngagement(), stakeholders };
}
