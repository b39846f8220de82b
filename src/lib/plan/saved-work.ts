import { type AgreementData, agreementTool } from "../agreement/agreement-tool";
import { type BusinessCaseData, businessCaseTool } from "../business-case/business-case-tool";
import { type EngagementData, engagementTool } from "../engagement/engagement-tool";
import { type GoalsData, goalsTool } from "../goals/goals-tool";
import { type GovernanceData, governanceTool } from "../governance/governance-tool";
import { type HealthData, healthTool } from "../health/health-tool";
import { type KpisData, kpisTool } from "../kpis/kpis-tool";
import { type OrganizationsData, organizationsTool } from "../organizations/organizations-tool";
import { type RaciData, raciTool } from "../raci/raci-tool";
import { type ResourcesData, resourcesTool } from "../resources/resources-tool";
import { type RisksData, risksTool } from "../risks/risks-tool";
import { type ScorecardData, scorecardTool } from "../scorecard/scorecard-tool";
import { followResponsible } from "../kpis/kpi-partners";
import { partnerName } from "../resources/partner-links";
import { followOwners } from "../risks/owners";
import type { ToolDefinition } from "../storage/tool";
import type { DocBlock, PlanSnapshot } from "./plan-document";

/** Each tool's saved data, typed; null where nothing readable is saved. */
export interface SavedWork {
  goals: GoalsData | null;
  organizations: OrganizationsData | null;
  scorecard: ScorecardData | null;
  businessCase: BusinessCaseData | null;
  governance: GovernanceData | null;
  raci: RaciData | null;
  agreement: AgreementData | null;
  risks: RisksData | null;
  engagement: EngagementData | null;
  resources: ResourcesData | null;
  kpis: KpisData | null;
  health: HealthData | null;
}

/** The snapshot's data for `tool`: validated by the tool's schema when it was read, so typed as the tool's data. */
function dataOf<T>(snapshot: PlanSnapshot, tool: ToolDefinition<T>): T | null {
  const entry = snapshot[tool.id];
  return entry ? (entry.data as T) : null;
}

/**
 * Each tool's saved data, with the names it copied from step 2's list (risk owners, KPIs' responsible partners, costing
 * partners) as step 2 names them now: a rename there shows in the plan before the other steps' pages are next opened.
 */
export function savedWork(snapshot: PlanSnapshot): SavedWork {
  const work = savedAsIs(snapshot);
  const organizations = work.organizations;
  if (!organizations) return work;
  return {
    ...work,
    risks: work.risks && followOwners(work.risks, organizations),
    kpis: work.kpis && followResponsible(work.kpis, organizations),
    resources: work.resources && {
      ...work.resources,
      partners: work.resources.partners.map((p) => ({ ...p, name: partnerName(p, organizations) })),
    },
  };
}

function savedAsIs(snapshot: PlanSnapshot): SavedWork {
  return {
    goals: dataOf(snapshot, goalsTool),
    organizations: dataOf(snapshot, organizationsTool),
    scorecard: dataOf(snapshot, scorecardTool),
    businessCase: dataOf(snapshot, businessCaseTool),
    governance: dataOf(snapshot, governanceTool),
    raci: dataOf(snapshot, raciTool),
    agreement: dataOf(snapshot, agreementTool),
    risks: dataOf(snapshot, risksTool),
    engagement: dataOf(snapshot, engagementTool),
    resources: dataOf(snapshot, resourcesTool),
    kpis: dataOf(snapshot, kpisTool),
    health: dataOf(snapshot, healthTool),
  };
}

/** What the sections read besides the saved work: the reader's locale and today's date ("yyyy-mm-dd"). */
export interface SectionContext {
  locale: string | undefined;
  today: string;
}

/** One step's part of the plan from the saved work; [] when the step's tools hold nothing to show. */
export type SectionBuilder = (work: SavedWork, context: SectionContext) => DocBlock[];
