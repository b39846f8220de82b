import { type ToolExports, csvWhen } from "../exports";
import { computeCostSharing } from "./cost-sharing";
import { contributionsCsv, sharingCsv } from "./resources-csv";
import { shareCosts } from "./sharing";
import type { ResourcesData } from "./resources-tool";

/** What the costing tool offers to take away: the contributions and the sharing result as CSV, and its printout. */
export const resourcesExports: ToolExports<ResourcesData> = {
  csv: [
    csvWhen("contributions", (data) => data.contributions.length > 0, contributionsCsv),
    {
      name: "sharing result",
      csv: (data) => sharingCsv(data, computeCostSharing(data)),
      // The chosen method gives shares (of any total): only the partners and their weights or percentages decide.
      available: (data) => data.method !== null && shareCosts(data.method, 0n, data.partners).ok,
    },
  ],
  print: true,
};
