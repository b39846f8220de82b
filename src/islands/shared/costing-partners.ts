import { effect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { newId } from "~/lib/id";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { keepLinkedOrganizations, reconcilePartners } from "~/lib/resources/partner-links";
import { resourcesTool } from "~/lib/resources/resources-tool";
import { liveStore } from "~/lib/storage/live-stores";
import { writable } from "./organization-links";
import { organizations } from "./organizations";
import { toolState } from "./tool-state";

const resources = toolState(resourcesTool);

/** The name each linked partner had when last in step with its organization (see syncPartnerNames). */
let synced: ReadonlyMap<string, string> = new Map();

/**
 * Keeps the costing tool's partners on step 2's list, with one name on both, for as long as the island is mounted:
 * a partner not on the list is linked by name or added to it, and a rename on either side shows on the other. The
 * writes are not steps of their own (each follows a step the reader took, or data saved before); they are saved.
 */
export function useCostingPartners(): void {
  useEffect(() => {
    synced = new Map();
    resources.connect();
    organizations.connect();
    return effect(() => {
      // Step 2's list is not edited on this page, only kept in step with the partners here: when another tab saves the
      // list while a write from here is still waiting, the other tab's list is taken, with the organizations added here
      // for partners put back. Left in conflict, the list would silently stop taking the partners added here.
      if (organizations.save.value.kind === "conflict") {
        const mine = organizations.data.peek();
        organizations.resolveConflict("theirs");
        const theirs = organizations.data.peek();
        const kept = keepLinkedOrganizations(mine, theirs, resources.data.peek());
        if (kept !== theirs) liveStore(organizationsTool).update(() => kept);
        return;
      }
      if (!writable(resources)) return;
      const before = { resources: resources.data.value, organizations: organizations.data.value };
      const next = reconcilePartners(before.resources, before.organizations, synced, {
        writable: writable(organizations),
        makeId: newId,
      });
      synced = next.synced;
      if (next.organizations !== before.organizations) liveStore(organizationsTool).update(() => next.organizations);
      if (next.resources !== before.resources) liveStore(resourcesTool).update(() => next.resources);
    });
  }, []);
}
