import { insertAt } from "../list";
import { findByName, tidyName } from "./names";
import {
  BRINGS_MAX,
  CONTACT_MAX,
  type Kind,
  MAX_ORGANIZATIONS,
  NAME_MAX,
  type Organization,
  type OrganizationsData,
  type Status,
} from "./organizations-tool";

/**
 * Edits of the list of organizations, as the reader makes them. Each returns the next data, or the same object when
 * nothing changes, including when the edit would break a rule of the schema (the form says why, from organization-input).
 */

/** A new candidate with the fields a reader has not filled yet. */
export function newOrganization(id: string, name: string, fields: Partial<Omit<Organization, "id" | "name">> = {}): Organization {
  return { id, name: tidyName(name), kind: "other", brings: "", contactRole: "", status: "candidate", own: false, ...fields };
}

function canHold(data: OrganizationsData, org: Organization, exceptId?: string): boolean {
  const name = tidyName(org.name);
  return name !== "" && name.length <= NAME_MAX && findByName(data.organizations, name, exceptId) === undefined;
}

function withOwn(list: readonly Organization[], ownId: string | null): Organization[] {
  return list.map((o) => (o.own === (o.id === ownId) ? o : { ...o, own: o.id === ownId }));
}

/** Adds an organization at the end; a new own organization takes the flag from the previous one. */
export function addOrganization(data: OrganizationsData, org: Organization): OrganizationsData {
  if (data.organizations.length >= MAX_ORGANIZATIONS || data.organizations.some((o) => o.id === org.id) || !canHold(data, org)) return data;
  const added = [...data.organizations, { ...org, name: tidyName(org.name) }];
  return { organizations: org.own ? withOwn(added, org.id) : added };
}

function update(data: OrganizationsData, id: string, patch: Partial<Organization>): OrganizationsData {
  const org = data.organizations.find((o) => o.id === id);
  if (!org || Object.entries(patch).every(([key, value]) => org[key as keyof Organization] === value)) return data;
  return { organizations: data.organizations.map((o) => (o.id === id ? { ...o, ...patch } : o)) };
}

/** Renames an organization; every tool that points at its id shows the new name. A blank or taken name is refused. */
export function renameOrganization(data: OrganizationsData, id: string, name: string): OrganizationsData {
  const tidy = tidyName(name);
  const org = data.organizations.find((o) => o.id === id);
  if (!org || !canHold(data, { ...org, name: tidy }, id)) return data;
  return update(data, id, { name: tidy });
}

export function setOrganizationKind(data: OrganizationsData, id: string, kind: Kind): OrganizationsData {
  return update(data, id, { kind });
}

export function setOrganizationStatus(data: OrganizationsData, id: string, status: Status): OrganizationsData {
  return update(data, id, { status });
}

/** Sets what the organization could bring; text past the limit is refused. */
export function setOrganizationBrings(data: OrganizationsData, id: string, brings: string): OrganizationsData {
  return brings.length > BRINGS_MAX ? data : update(data, id, { brings });
}

/** Sets the contact's role; text past the limit is refused. */
export function setOrganizationContact(data: OrganizationsData, id: string, contactRole: string): OrganizationsData {
  return contactRole.length > CONTACT_MAX ? data : update(data, id, { contactRole });
}

/** Marks the reader's own organization (null: none); only one can be. */
export function markOwnOrganization(data: OrganizationsData, id: string | null): OrganizationsData {
  if (id !== null && !data.organizations.some((o) => o.id === id)) return data;
  const next = withOwn(data.organizations, id);
  return next.every((o, i) => o === data.organizations[i]) ? data : { organizations: next };
}

/** Removes an organization. Other tools keep their entries for its id until they drop them (see each tool's edits). */
export function removeOrganization(data: OrganizationsData, id: string): OrganizationsData {
  return data.organizations.some((o) => o.id === id) ? { organizations: data.organizations.filter((o) => o.id !== id) } : data;
}

/** Undoes removeOrganization: puts `org` back at `index` unless its id or name has been taken since, or the list is full. */
export function restoreOrganization(data: OrganizationsData, org: Organization, index: number): OrganizationsData {
  const added = addOrganization(data, org);
  if (added === data) return data;
  const back = insertAt(data.organizations, index, added.organizations.find((o) => o.id === org.id) ?? org);
  return { organizations: org.own ? withOwn(back, org.id) : back };
}

/**
 * Keeps the own organization in step with the name on step 1's worksheet: marks the one already listed under that name,
 * or else renames the marked one, or else adds it with `id`. A blank name changes nothing.
 */
export function syncOwnOrganization(data: OrganizationsData, name: string, id: string): OrganizationsData {
  const tidy = tidyName(name);
  if (tidy === "") return data;
  const own = data.organizations.find((o) => o.own);
  const listed = findByName(data.organizations, tidy);
  if (listed) return markOwnOrganization(data, listed.id);
  if (own) return renameOrganization(data, own.id, tidy);
  return addOrganization(data, newOrganization(id, tidy, { own: true, status: "partner" }));
}
