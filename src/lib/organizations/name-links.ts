import type { Migration } from "../storage/tool";
import { findByName, nameKey } from "./names";
import type { OrganizationsData } from "./organizations-tool";

/**
 * A name another tool keeps for one of step 2's organizations (a risk owner, a KPI's responsible partner, a costing
 * partner): its own copy of the name, so nothing is lost when the list is unreadable, full or cleared, and the id of
 * the organization it names, so a rename on step 2 reaches it.
 */
export interface NameLink {
  name: string;
  /** The organization on step 2's list this name is; null when it is none of them (or not yet linked). */
  organizationId: string | null;
}

/** The organization a link points at, while it is on step 2's list. */
export function linkedOrganization(link: Pick<NameLink, "organizationId">, organizations: OrganizationsData) {
  return link.organizationId === null ? undefined : organizations.organizations.find((o) => o.id === link.organizationId);
}

/** The name as every tool shows it: its organization's on step 2's list, else its own copy. */
export function linkedName(link: NameLink, organizations: OrganizationsData): string {
  return linkedOrganization(link, organizations)?.name ?? link.name;
}

/**
 * The link of a name the reader typed or picked: the name as typed, with the id of the organization of that name on
 * step 2's list (compared by nameKey), else null. Called on each keystroke, so the name itself is never rewritten.
 */
export function linkName(name: string, organizations: OrganizationsData): NameLink {
  return { name, organizationId: findByName(organizations.organizations, name)?.id ?? null };
}

/**
 * What a saved link becomes with step 2's list as it is now, or null when it stays as it is:
 * - its organization is on the list under another name (renamed on step 2): that name;
 * - it names no organization on the list (never linked, or its organization was removed there): the organization of
 *   the same name, when there is one, under its name there; else it is left as it is, id and name, so an organization
 *   brought back on step 2 (Undo) is found again.
 * Names that differ only as nameKey ignores (case, spacing) are the same name and are left as typed.
 */
export function followedLink(link: NameLink, organizations: OrganizationsData): NameLink | null {
  const org = linkedOrganization(link, organizations);
  if (org) return nameKey(org.name) === nameKey(link.name) ? null : { name: org.name, organizationId: org.id };
  const named = nameKey(link.name) === "" ? undefined : findByName(organizations.organizations, link.name);
  return named ? { name: named.name, organizationId: named.id } : null;
}

/** How a tool's row holds its link: read it, and write a followed one back. */
export interface LinkField<T> {
  read: (row: T) => NameLink;
  write: (row: T, link: NameLink) => T;
}

/** `rows` with every link followed (followedLink); the same array when none changes. */
export function followLinks<T>(rows: T[], field: LinkField<T>, organizations: OrganizationsData): T[] {
  let changed = false;
  const next = rows.map((row) => {
    const link = followedLink(field.read(row), organizations);
    if (!link) return row;
    changed = true;
    return field.write(row, link);
  });
  return changed ? next : rows;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A migration that gives every row of `data[list]` the field `idField: null` ("not yet linked to step 2's list"; the
 * tool links it by name when it next opens), keeping a value the row already has. Data of any other shape, and rows
 * that are not objects, are returned as they are, for the schema to refuse; running it twice changes nothing.
 */
export function rowsGainLink(list: string, idField: string): Migration {
  return (data) => {
    if (!isRecord(data) || !Array.isArray(data[list])) return data;
    return { ...data, [list]: data[list].map((row: unknown) => (isRecord(row) ? { [idField]: null, ...row } : row)) };
  };
}
