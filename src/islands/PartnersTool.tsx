import "~/styles/organizations.css";
import "~/styles/scorecard.css";
import { goalsTool } from "~/lib/goals/goals-tool";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { scorecardTool } from "~/lib/scorecard/scorecard-tool";
import { OrganizationsFrame } from "./organizations/OrganizationsFrame";
import { ScorecardFrame } from "./scorecard/ScorecardFrame";
import { useCostingPartners } from "./shared/costing-partners";
import { useTool } from "./shared/tool-state";

/**
 * Step 2: the partnership's organizations and the partner scorecard, two tools that read each other's data. They are
 * one island so that both start together: a field takes text typed before its tool started only if it was drawn
 * before then, and a second island would find its tool already started by the first.
 */
export default function PartnersTool() {
  useTool(organizationsTool);
  useTool(scorecardTool);
  // Step 1's worksheet names the reader's own organization.
  useTool(goalsTool);
  // The costing tool's partners are organizations of this list, under one name (step 7 may have been used first).
  useCostingPartners();
  return (
    <>
      <OrganizationsFrame />
      <ScorecardFrame />
    </>
  );
}
