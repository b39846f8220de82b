import { linkedName, linkedOrganization } from "../organizations/name-links";
import { findByName, tidyName } from "../organizations/names";
import { addOrganization, newOrganization, renameOrganization } from "../organizations/organization-edit";
import type { Organization, OrganizationsData } from "../organizations/organizations-tool";
import type { Partner, ResourcesData } from "./resources-tool";

/**
 * The costing tool's partners are step 2's organizations: each partner points at one by `organizationId` and keeps a
 * copy of its name, so nothing is lost when the list is full, unreadable or cleared. These functions are pure; the
 * islands run `reconcilePartners` whenever either tool's data changes.
 */

/** Where a partner stands on step 2's list. */
export type PartnerPlace =
  /** On the list; its name there is its name here. */
  | "listed"
  /** Never put on the list (it was full or could not be read). */
  | "unlisted"
  /** Was on the list and has been removed from it there. */
  | "removed";

export function partnerPlace(partner: Pick<Partner, "organizationId">, organizations: OrganizationsData): PartnerPlace {
  if (partner.organizationId === null) return "unlisted";
  return linkedOrganization(partner, organizations) ? "listed" : "removed";
}

/**
 * Why a partner cannot take `name` on step 2's list: another organization there has it. Null when it can (the name is
 * free there, or is its own organization's, or the partner is not on the list).
 */
export function listedNameProblem(name: string, partner: Pick<Partner, "organizationId">, organizations: OrganizationsData): string | null {
  if (partnerPlace(partner, organizations) !== "listed") return null;
  const twin = findByName(organizations.organizations, name, partner.organizationId ?? undefined);
  return twin ? `${twin.name} is another organization on step 2's list: each name must be different.` : null;
}

/** The partner's name as every tool shows it: its organization's on step 2's list, else its own copy. */
export function partnerName(partner: Pick<Partner, "organizationId" | "name">, organizations: OrganizationsData): string {
  return linkedName(partner, organizations);
}

/**
 * What the costing tool holds for the organization `organizationId`, for step 2 to say before deleting it: "The costing
 * tool (step 7) keeps it as a partner, with its 2 contributions, under this name." Null when it is not a partner there.
 */
export function costingUse(resources: ResourcesData, organizationId: string): string | null {
  const partner = resources.partners.find((p) => p.organizationId === organizationId);
  if (!partner) return null;
  const count = resources.contributions.filter((c) => c.partnerId === partner.id).length;
  const what = count === 0 ? "" : `, with its ${count} ${count === 1 ? "contribution" : "contributions"},`;
  return `The costing tool (step 7) keeps it as a partner${what} under this name.`;
}

export interface LinkOptions {
  /** Whether step 2's list may be written (it is readable and saving works); else partners are only matched by name. */
  writable: boolean;
  makeId: () => string;
}

export interface Reconciled {
  resources: ResourcesData;
  organizations: OrganizationsData;
  /** The name each listed partner's organization had when last in step; the next call compares with it. */
  synced: ReadonlyMap<string, string>;
}

/**
 * Links every partner not on step 2's list to the organization of the same name (by nameKey), or adds it to the list
 * (a new organization with status "partner", under the partner's id when that is free) while there is room and the
 * list is writable. A partner removed from the list finds it again by name but is not added back. Partners already
 * listed, and an organization another partner points at, are left alone. Returns the same objects when nothing changes.
 */
export function linkPartners(
  resources: ResourcesData,
  organizations: OrganizationsData,
  options: LinkOptions,
): Pick<Reconciled, "resources" | "organizations"> {
  let list = organizations;
  const taken = new Set(resources.partners.filter((p) => partnerPlace(p, list) === "listed").map((p) => p.organizationId));
  let changed = false;
  const partners = resources.partners.map((partner) => {
    const place = partnerPlace(partner, list);
    if (place === "listed") return partner;
    let org = findByName(list.organizations, partner.name);
    if (org && taken.has(org.id)) return partner;
    if (!org && place === "unlisted" && options.writable) {
      const added = addOrganization(list, newOrganization(freeId(partner.id, list, options.makeId), partner.name, { status: "partner" }));
      if (added !== list) [list, org] = [added, added.organizations.at(-1)];
    }
    if (!org) return partner;
    taken.add(org.id);
    changed = true;
    return { ...partner, organizationId: org.id, name: org.name };
  });
  return { resources: changed ? { ...resources, partners } : resources, organizations: list };
}

/** `preferred` when no organization has it as its id, else a fresh id. */
function freeId(preferred: string, list: OrganizationsData, makeId: () => string): string {
  const used = new Set(list.organizations.map((o) => o.id));
  let id = preferred;
  while (used.has(id)) id = makeId();
  return id;
}

/**
 * Keeps each listed partner's name and its organization's name the same (as tidyName writes it). Whichever changed
 * since `synced` wins: a rename in the costing tool (or its undo) renames the organization, when the list is writable
 * and the name is free there; otherwise the organization's name (a rename on step 2) becomes the partner's. A rename
 * in the costing tool is never overwritten while the list cannot be written. Returns the same objects when nothing
 * changes.
 */
export function syncPartnerNames(
  resources: ResourcesData,
  organizations: OrganizationsData,
  synced: ReadonlyMap<string, string>,
  writable: boolean,
): Reconciled {
  let list = organizations;
  let changed = false;
  const partners = resources.partners.map((partner) => {
    const id = partner.organizationId;
    const org = id === null ? undefined : list.organizations.find((o) => o.id === id);
    if (!org || tidyName(partner.name) === org.name) return partner;
    const before = synced.get(org.id);
    if (before !== undefined && before !== partner.name) {
      if (!writable) return partner;
      const renamed = renameOrganization(list, org.id, partner.name);
      if (renamed !== list) {
        list = renamed;
        return partner;
      }
    }
    changed = true;
    return { ...partner, name: org.name };
  });
  const next = changed ? { ...resources, partners } : resources;
  const names = new Map<string, string>();
  for (const p of next.partners) if (p.organizationId !== null && partnerPlace(p, list) === "listed") names.set(p.organizationId, p.name);
  return { resources: next, organizations: list, synced: names };
}

/** linkPartners, then syncPartnerNames: what the islands run whenever either tool's data changes. */
export function reconcilePartners(
  resources: ResourcesData,
  organizations: OrganizationsData,
  synced: ReadonlyMap<string, string>,
  options: LinkOptions,
): Reconciled {
  const linked = linkPartners(resources, organizations, options);
  return syncPartnerNames(linked.resources, linked.organizations, synced, options.writable);
}

/**
 * After another tab's save of step 2's list is taken over this page's unsaved one: `theirs` with the organizations
 * only `mine` held that a costing partner links to put back (added at the end, in `mine`'s order). They were added
 * here for the partners entered here; without them those partners would read as removed from step 2's list. The same
 * object when nothing is missing.
 */
export function keepLinkedOrganizations(mine: OrganizationsData, theirs: OrganizationsData, resources: ResourcesData): OrganizationsData {
  const linked = new Set(resources.partners.map((p) => p.organizationId));
  const held = new Set(theirs.organizations.map((o) => o.id));
  const missing = mine.organizations.filter((o) => linked.has(o.id) && !held.has(o.id));
  return missing.length === 0 ? theirs : { ...theirs, organizations: [...theirs.organizations, ...missing] };
}

/**
 * Takes off step 2's list the organizations `added` there for costing partners that no partner links to any more (the
 * partner was removed, or the step that brought it undone, "Load example" among them), so that step 2 is left as it
 * was. Only an organization exactly as it was added goes: one the reader has changed since (on step 2, or renamed
 * here) is theirs and stays. Returns the list (the same object when nothing goes) and what was taken off.
 */
export function dropUnlinkedAdditions(
  resources: ResourcesData,
  organizations: OrganizationsData,
  added: ReadonlyMap<string, Organization>,
): { organizations: OrganizationsData; dropped: Organization[] } {
  const linked = new Set(resources.partners.map((p) => p.organizationId));
  const dropped = organizations.organizations.filter((o) => added.get(o.id) === o && !linked.has(o.id));
  if (dropped.length === 0) return { organizations, dropped };
  const gone = new Set(dropped);
  return { organizations: { ...organizations, organizations: organizations.organizations.filter((o) => !gone.has(o)) }, dropped };
}

/**
 * Puts back on step 2's list, at the end, the organizations dropUnlinkedAdditions took off that a partner links to
 * again (Redo), while the list has room and neither the id nor the name is taken there. The same object when none is.
 */
export function restoreLinkedAdditions(
  resources: ResourcesData,
  organizations: OrganizationsData,
  dropped: ReadonlyMap<string, Organization>,
): OrganizationsData {
  let list = organizations;
  for (const partner of resources.partners) {
    const org = partner.organizationId === null ? undefined : dropped.get(partner.organizationId);
    if (org) list = addOrganization(list, org);
  }
  return list;
}
