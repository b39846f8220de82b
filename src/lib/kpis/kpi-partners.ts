import { type LinkField, followLinks, linkName } from "../organizations/name-links";
import type { OrganizationsData } from "../organizations/organizations-tool";
import type { Kpi, KpisData } from "./kpis-tool";

/** A KPI's responsible partner as a name kept for one of step 2's organizations. */
export const RESPONSIBLE_LINK: LinkField<Kpi> = {
  read: (kpi) => ({ name: kpi.responsible, organizationId: kpi.responsibleOrganizationId }),
  write: (kpi, link) => ({ ...kpi, responsible: link.name, responsibleOrganizationId: link.organizationId }),
};

/** The change a "Responsible partner" field makes: the partner as typed, linked to the organization it names. */
export function responsibleChange(typed: string, organizations: OrganizationsData): Pick<Kpi, "responsible" | "responsibleOrganizationId"> {
  const link = linkName(typed, organizations);
  return { responsible: link.name, responsibleOrganizationId: link.organizationId };
}

/** The tracker with every responsible partner that is one of step 2's organizations under its name there; the same data when none changes. */
export function followResponsible(data: KpisData, organizations: OrganizationsData): KpisData {
  const kpis = followLinks(data.kpis, RESPONSIBLE_LINK, organizations);
  return kpis === data.kpis ? data : { ...data, kpis };
}
