import { type NameRule, nameProblem } from "../organizations/names";
import {
  DECIDES_MAX,
  type GovernanceData,
  MAX_MEMBERS,
  MEETS_MAX,
  MEMBER_MAX,
  type TierKey,
  escalationLabel,
  tiersInUse,
} from "./governance-tool";

/** Checks shared by the governance forms and imports, answering in plain words. */

export const MEMBER_NAME: NameRule = { noun: "member", max: MEMBER_MAX, limit: { count: MAX_MEMBERS, plural: "members in a tier" } };

/** Why `name` cannot join the tier `key` (or, with `exceptId`, rename that member); null when it can. */
export function memberNameProblem(name: string, data: GovernanceData, key: TierKey, exceptId?: string): string | null {
  return nameProblem(name, data[key].members, MEMBER_NAME, exceptId);
}

export function meetsProblem(text: string): string | null {
  return text.length > MEETS_MAX ? `Keep how often it meets to ${MEETS_MAX} characters or fewer.` : null;
}

export function decidesProblem(text: string): string | null {
  return text.length > DECIDES_MAX ? `Keep what it decides to ${DECIDES_MAX} characters or fewer.` : null;
}

/** What the page says beside each tier in use that is not ready yet: no members, or nowhere to escalate. */
export function tierGaps(data: GovernanceData): { tier: TierKey; gaps: string[] }[] {
  return tiersInUse(data).map((key) => {
    const tier = data[key];
    const gaps: string[] = [];
    if (tier.members.length === 0) gaps.push("has no members yet");
    if (tier.escalatesTo === "") gaps.push("does not say where it escalates");
    return { tier: key, gaps };
  });
}

/** A tier's name for the page: "Strategic group". */
export function tierLabel(key: TierKey): string {
  return escalationLabel(key);
}
