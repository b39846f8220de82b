import * as v from "valibot";
import { list, requiredText, rowId, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";
import { namesAreUnique } from "./names";

/** The kinds of organization a partnership brings together. */
export const KINDS = [
  { key: "nonprofit", label: "Nonprofit" },
  { key: "community", label: "Community group" },
  { key: "public", label: "Public agency" },
  { key: "business", label: "Business" },
  { key: "education", label: "School or university" },
  { key: "faith", label: "Faith group" },
  { key: "funder", label: "Funder" },
  { key: "other", label: "Other" },
] as const;

/** Where an organization stands in the search for partners, in the order it usually moves. */
export const STATUSES = [
  { key: "candidate", label: "Candidate" },
  { key: "shortlisted", label: "Shortlisted" },
  { key: "partner", label: "Partner" },
  { key: "declined", label: "Declined" },
] as const;

type Keys<T extends readonly { key: string }[]> = T[number]["key"];
export type Kind = Keys<typeof KINDS>;
export type Status = Keys<typeof STATUSES>;

const keysOf = <T extends readonly { key: string }[]>(options: T) => options.map((o) => o.key) as Keys<T>[];

/** The label of `key` among `options`, or the key itself if it is not one of them. */
export function labelOf(options: readonly { key: string; label: string }[], key: string): string {
  return options.find((o) => o.key === key)?.label ?? key;
}

/** The most organizations the list holds. */
export const MAX_ORGANIZATIONS = 30;
export const NAME_MAX = 120;
export const BRINGS_MAX = 1000;
export const CONTACT_MAX = 120;

const OrganizationSchema = v.object({
  /** Stable row id; every other tool points at the organization by it, so renaming renames it everywhere. */
  id: rowId,
  /** The organization's name, unique in the list as nameKey compares names. */
  name: requiredText(NAME_MAX),
  kind: v.picklist(keysOf(KINDS)),
  /** What they could bring to the partnership: money, staff, space, reach, skills. */
  brings: text(BRINGS_MAX),
  /** The role of the person to talk to, e.g. "Programs director" (a role outlives a name). */
  contactRole: text(CONTACT_MAX),
  status: v.picklist(keysOf(STATUSES)),
  /** True for the reader's own organization (step 1's worksheet); at most one is. */
  own: v.boolean(),
});

export const OrganizationsSchema = v.object({
  /** The partnership's organizations in entry order, the reader's own among them. */
  organizations: v.pipe(
    list(OrganizationSchema, MAX_ORGANIZATIONS),
    v.check((items) => namesAreUnique(items), "organization names must be unique"),
    v.check((orgs) => orgs.filter((o) => o.own).length <= 1, "only one organization can be your own"),
  ),
});

export type Organization = v.InferOutput<typeof OrganizationSchema>;
export type OrganizationsData = v.InferOutput<typeof OrganizationsSchema>;

/** Step 2's list of the partnership's organizations, the one list every other tool offers. */
export const organizationsTool: ToolDefinition<OrganizationsData> = {
  id: "organizations",
  title: "Your partners",
  step: 2,
  version: 1,
  schema: OrganizationsSchema,
  migrations: [],
  empty: () => ({ organizations: [] }),
  summarize: ({ organizations }) =>
    organizations.length === 0 ? "" : `${organizations.length} ${organizations.length === 1 ? "organization" : "organizations"}`,
};

/** The reader's own organization, if one is marked. */
export function ownOrganization(data: OrganizationsData): Organization | undefined {
  return data.organizations.find((o) => o.own);
}

/** The organizations other than the reader's own: the candidates to score and check. */
export function candidates(data: OrganizationsData): Organization[] {
  return data.organizations.filter((o) => !o.own);
}

/** The name of the organization with `id`, or "" when there is none (it was removed). */
export function organizationName(data: OrganizationsData, id: string): string {
  return data.organizations.find((o) => o.id === id)?.name ?? "";
}
