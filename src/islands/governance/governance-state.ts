import { computed } from "@preact/signals";
import { tierGaps } from "~/lib/governance/governance-input";
import { ESCALATION_TARGETS, type TierKey, escalationAllowed, escalationLabel, governanceTool } from "~/lib/governance/governance-tool";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { toolState } from "../shared/tool-state";

/** The governance tiers' saved state, shared by every part of the tool. */
export const governance = toolState(governanceTool);
/** Step 2's list of organizations, read (never written) so members can name theirs. */
export const organizations = toolState(organizationsTool);

export const organizationOptions = computed(() => [
  { value: "", label: "Not said" },
  ...organizations.data.value.organizations.map((o) => ({ value: o.id, label: o.name })),
]);

/** The options of a member's organization field: the list, plus the member's own when it has left the list. */
export function memberOrganizationOptions(current: string): { value: string; label: string }[] {
  const options = organizationOptions.value;
  return options.some((o) => o.value === current)
    ? options
    : [...options, { value: current, label: "An organization not in step 2's list" }];
}

/** What each tier in use still lacks, by tier. */
export const gapsByTier = computed(() => new Map(tierGaps(governance.data.value).map(({ tier, gaps }) => [tier, gaps])));

/** Where a tier may escalate: not said, a tier above it, or the partners' own leadership. */
export function escalationOptions(key: TierKey): { value: (typeof ESCALATION_TARGETS)[number]; label: string }[] {
  return ESCALATION_TARGETS.filter((target) => escalationAllowed(key, target)).map((target) => ({
    value: target,
    label: target === "" ? "Not said" : escalationLabel(target),
  }));
}
