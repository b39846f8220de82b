import { agreementTool } from "./agreement/agreement-tool";
import { businessCaseTool } from "./business-case/business-case-tool";
import { engagementTool } from "./engagement/engagement-tool";
import { goalsTool } from "./goals/goals-tool";
import { governanceTool } from "./governance/governance-tool";
import { healthTool } from "./health/health-tool";
import { kpisTool } from "./kpis/kpis-tool";
import { organizationsTool } from "./organizations/organizations-tool";
import { raciTool } from "./raci/raci-tool";
import { resourcesTool } from "./resources/resources-tool";
import { risksTool } from "./risks/risks-tool";
import { scorecardTool } from "./scorecard/scorecard-tool";
import type { AnyTool } from "./storage/tool";

/** Every tool whose data the saved-state core keeps, in guide order. Add each new tool here once. */
export const TOOLS: readonly AnyTool[] = [
  goalsTool,
  organizationsTool,
  scorecardTool,
  businessCaseTool,
  governanceTool,
  raciTool,
  agreementTool,
  risksTool,
  engagementTool,
  resourcesTool,
  kpisTool,
  healthTool,
];
