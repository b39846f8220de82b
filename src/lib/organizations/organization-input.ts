import { type NameRule, nameProblem } from "./names";
import { BRINGS_MAX, CONTACT_MAX, MAX_ORGANIZATIONS, NAME_MAX, type OrganizationsData } from "./organizations-tool";

/** The rule for organization names, shared by the form, renames and imports. */
export const ORGANIZATION_NAME: NameRule = {
  noun: "organization",
  max: NAME_MAX,
  limit: { count: MAX_ORGANIZATIONS, plural: "organizations" },
};

/** Why `name` cannot name a new organization (or, with `exceptId`, that one renamed); null when it can. */
export function organizationNameProblem(name: string, data: OrganizationsData, exceptId?: string): string | null {
  return nameProblem(name, data.organizations, ORGANIZATION_NAME, exceptId);
}

/** What an organization form holds besides its kind and status. */
export interface OrganizationDraft {
  name: string;
  brings: string;
  contactRole: string;
}

export type OrganizationErrors = Partial<Record<keyof OrganizationDraft, string>>;

/** What is wrong with a draft, field by field; empty when it can be added (or saved as `exceptId`). */
export function organizationErrors(draft: OrganizationDraft, data: OrganizationsData, exceptId?: string): OrganizationErrors {
  const errors: OrganizationErrors = {};
  const name = organizationNameProblem(draft.name, data, exceptId);
  if (name) errors.name = name;
  if (draft.brings.length > BRINGS_MAX) errors.brings = `Keep what they could bring to ${BRINGS_MAX} characters or fewer.`;
  if (draft.contactRole.length > CONTACT_MAX) errors.contactRole = `Keep the contact's role to ${CONTACT_MAX} characters or fewer.`;
  return errors;
}
