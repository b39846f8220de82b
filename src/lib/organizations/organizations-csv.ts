import { type CsvCell, toCsv } from "../csv";
import { type ToolExports, csvWhen } from "../exports";
import { KINDS, type Organization, type OrganizationsData, STATUSES, labelOf } from "./organizations-tool";

const HEADER = ["Organization", "Kind", "Status", "What they could bring", "Contact role", "Your own organization"];

function organizationRow(org: Organization): CsvCell[] {
  return [org.name, labelOf(KINDS, org.kind), labelOf(STATUSES, org.status), org.brings, org.contactRole, org.own ? "Yes" : ""];
}

/** The partnership's organizations in list order as spreadsheet-safe CSV. */
export function organizationsCsv(data: OrganizationsData): string {
  return toCsv(HEADER, data.organizations.map(organizationRow));
}

const hasOrganizations = (data: OrganizationsData) => data.organizations.length > 0;

export const organizationsExports: ToolExports<OrganizationsData> = {
  csv: [csvWhen("organizations", hasOrganizations, organizationsCsv)],
  print: true,
};
