import { agreementExample } from "~/lib/agreement/agreement-example";
import { businessCaseExample } from "~/lib/business-case/business-case-example";
import { engagementExample } from "~/lib/engagement/engagement-example";
import { goalsExample } from "~/lib/goals/goals-example";
import { governanceExample } from "~/lib/governance/governance-example";
import { healthExample } from "~/lib/health/health-example";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { organizationsExample } from "~/lib/organizations/organizations-example";
import { raciExample } from "~/lib/raci/raci-example";
import { resourcesExample } from "~/lib/resources/resources-example";
import { risksExample } from "~/lib/risks/risks-example";
import { risksTool } from "~/lib/risks/risks-tool";
import { scorecardExample } from "~/lib/scorecard/scorecard-example";
import type { AnyTool } from "~/lib/storage/tool";
import { TOOLS } from "~/lib/tools";

/** Each registered tool's worked example, by tool id: the seed for generated workspaces. */
const EXAMPLES: Record<string, () => unknown> = {
  goals: goalsExample,
  organizations: organizationsExample,
  scorecard: scorecardExample,
  "business-case": businessCaseExample,
  governance: governanceExample,
  raci: raciExample,
  agreement: agreementExample,
  risks: () => ({ ...risksTool.empty(), risks: risksExample() }),
  engagement: engagementExample,
  resources: resourcesExample,
  kpis: kpisExample,
  health: healthExample,
};

export function exampleFor(tool: AnyTool): unknown {
  const make = EXAMPLES[tool.id];
  if (!make) throw new Error(`test/support/examples.ts has no example for the tool "${tool.id}"`);
  return make();
}

export { TOOLS };
