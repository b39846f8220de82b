import type { ToolExports } from "../exports";
import { computeCostSharing } from "./cost-sharing";
import { contributionsCsv, sharingCsv } from "./resources-csv";
import type { ResourcesData } from "./resources-tool";

/** What the costing tool offers to take away: the contributions and the sharing result as CSV, and its printout. */
export const resourcesExports: ToolExports<ResourcesData> = {
  csv: [
    { name: "contributions", csv: (data) => (data.contributions.length === 0 ? null : contributionsCsv(data)) },
    { name: "sharing result", csv: (data) => sharingCsv(data, computeCostSharing(data)) },
  ],
  print: true,
};
