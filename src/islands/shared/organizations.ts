import { computed } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { toolState } from "./tool-state";

/** Step 2's list of organizations, which other tools read (never write) so a person or member can name theirs. */
export const organizations = toolState(organizationsTool);

/** The choices of an organization field: none, then the list in its order. */
export const organizationOptions = computed(() => [
  { value: "", label: "Not said" },
  ...organizations.data.value.organizations.map((o) => ({ value: o.id, label: o.name })),
]);

/** Whether step 2's list has any organization to offer. */
export const hasOrganizations = computed(() => organizationOptions.value.length > 1);

/** The choices for a field holding `current`: the list, plus `current` when it has left the list. */
export function optionsHolding(current: string): { value: string; label: string }[] {
  const options = organizationOptions.value;
  return options.some((o) => o.value === current)
    ? options
    : [...options, { value: current, label: "An organization not in step 2's list" }];
}

/** Reads step 2's list once the island has mounted, and follows it from then on (another tab's edits too). */
export function useOrganizations(): void {
  useEffect(() => organizations.connect(), []);
}
