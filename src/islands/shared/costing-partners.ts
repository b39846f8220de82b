import { effect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { newId } from "~/lib/id";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import type { Organization } from "~/lib/organizations/organizations-tool";
import { dropUnlinkedAdditions, keepLinkedOrganizations, reconcilePartners, restoreLinkedAdditions } from "~/lib/resources/partner-links";
import { resourcesTool } from "~/lib/resources/resources-tool";
import { liveStore } from "~/lib/storage/live-stores";
import { writable } from "./organization-links";
import { organizations } from "./organizations";
import { toolState } from "./tool-state";

const resources = toolState(resourcesTool);

/** The name each linked partner had when last in step with its organization (see syncPartnerNames). */
let synced: ReadonlyMap<string, string> = new Map();
/** Organizations this page put on step 2's list for a partner, as put there, and those it took off again, by id. */
let added = new Map<string, Organization>();
let dropped = new Map<string, Organization>();

/**
 * Keeps the costing tool's partners on step 2's list, with one name on both, for as long as the island is mounted:
 * a partner not on the list is linked by name or added to it, and a rename on either side shows on the other. The
 * writes are not steps of their own (each follows a step the reader took, or data saved before); they are saved. An
 * organization this page added for a partner leaves the list again, untouched, when no partner links to it any more
 * (Undo of "Load example" or of the partner's adding), and comes back on Redo.
 */
export function useCostingPartners(): void {
  useEffect(() => {
    synced = new Map();
    added = new Map();
    dropped = new Map();
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
      const listWritable = writable(organizations);
      const restored = listWritable ? restoreLinkedAdditions(before.resources, before.organizations, dropped) : before.organizations;
      const next = reconcilePartners(before.resources, restored, synced, { writable: listWritable, makeId: newId });
      synced = next.synced;
      let list = next.organizations;
      if (list !== before.organizations) {
        const known = new Set(before.organizations.organizations.map((o) => o.id));
        for (const org of list.organizations.filter((o) => !known.has(o.id))) {
          added.set(org.id, org);
          dropped.delete(org.id);
        }
      }
      if (listWritable) {
        const pruned = dropUnlinkedAdditions(next.resources, list, added);
        for (const org of pruned.dropped) {
          added.delete(org.id);
          dropped.set(org.id, org);
        }
        list = pruned.organizations;
      }
      if (list !== before.organizations) liveStore(organizationsTool).update(() => list);
      if (next.resources !== before.resources) liveStore(resourcesTool).update(() => next.resources);
    });
  }, []);
}
