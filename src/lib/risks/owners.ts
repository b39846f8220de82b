import { nameKey, tidyName } from "../names";
import { type LinkField, followLinks, linkName } from "../organizations/name-links";
import type { OrganizationsData } from "../organizations/organizations-tool";
import type { Risk, RisksData } from "./risks-tool";

/**
 * The owners to offer: the partner organizations (as the costing tool spells them), then the owners already used in the
 * register, each name once however it is written (names are compared by `nameKey`).
 */
export function ownerChoices(partners: readonly string[], owners: readonly string[]): string[] {
  const seen = new Set<string>();
  const choices: string[] = [];
  for (const name of [...partners, ...owners]) {
    const shown = tidyName(name);
    const key = nameKey(shown);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    choices.push(shown);
  }
  return choices;
}

/** The owner to store for what the reader typed: a partner's own spelling when it names that partner, else the name tidied. */
export function matchOwner(typed: string, partners: readonly string[]): string {
  const key = nameKey(typed);
  if (key === "") return "";
  return partners.find((partner) => nameKey(partner) === key) ?? tidyName(typed);
}

/** A risk's owner as a name kept for one of step 2's organizations. */
export const OWNER_LINK: LinkField<Risk> = {
  read: (risk) => ({ name: risk.owner, organizationId: risk.ownerOrganizationId }),
  write: (risk, link) => ({ ...risk, owner: link.name, ownerOrganizationId: link.organizationId }),
};

/** The change an owner field makes as the reader types: the owner as typed, linked to the organization it names. */
export function ownerChange(typed: string, organizations: OrganizationsData): Pick<Risk, "owner" | "ownerOrganizationId"> {
  const link = linkName(typed, organizations);
  return { owner: link.name, ownerOrganizationId: link.organizationId };
}

/** The register with every owner that is one of step 2's organizations under its name there; the same data when none changes. */
export function followOwners(data: RisksData, organizations: OrganizationsData): RisksData {
  const risks = followLinks(data.risks, OWNER_LINK, organizations);
  return risks === data.risks ? data : { ...data, risks };
}
