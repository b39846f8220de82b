import type { EngagementData, Iap2Level, Stakeholder } from "./engagement-tool";
import { engagementLevel } from "./iap2";
import { type Quadrant, quadrantOf } from "./power-interest";
import { stakeholderName, stanceGap } from "./stakeholders";

/** One row of the "Stakeholder map" table: the stakeholder and what follows from it. */
export interface StakeholderRow {
  stakeholder: Stakeholder;
  /** Its organization's name or its own name. */
  name: string;
  quadrant: Quadrant;
  /** The level it is engaged at: the reader's choice, or the suggestion when `suggested`. */
  level: Iap2Level;
  suggested: boolean;
  /** Steps from its stance now to the stance wanted. */
  stanceGap: number;
}

/** The map's rows in map order, each placed with the map's high-from setting; `organizations` maps ids to names. */
export function stakeholderRows(data: EngagementData, organizations: ReadonlyMap<string, string>): StakeholderRow[] {
  return data.stakeholders.map((s) => ({
    stakeholder: s,
    name: stakeholderName(s, organizations),
    quadrant: quadrantOf(s.power, s.interest, data.highFrom),
    ...engagementLevel(s, data.highFrom),
    stanceGap: stanceGap(s),
  }));
}
