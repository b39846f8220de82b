import { computed } from "@preact/signals";
import { tierGaps } from "~/lib/governance/governance-input";
import { ESCALATION_TARGETS, type TierKey, escalationAllowed, escalationLabel, governanceTool } from "~/lib/governance/governance-tool";
import { toolState } from "../shared/tool-state";

/** The governance tiers' saved state, shared by every part of the tool. */
export const governance = toolState(governanceTool);

/** What each tier in use still lacks, by tier. */
export const gapsByTier = computed(() => new Map(tierGaps(governance.data.value).map(({ tier, gaps }) => [tier, gaps])));

/** Where a tier may escalate: not said, a tier above it, or the partners' own leadership. */
export function escalationOptions(key: TierKey): { value: (typeof ESCALATION_TARGETS)[number]; label: string }[] {
  return ESCALATION_TARGETS.filter((target) => escalationAllowed(key, target)).map((target) => ({
    value: target,
    label: target === "" ? "Not said" : escalationLabel(target),
  }));
}
