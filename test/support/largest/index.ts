import { largestEngagement } from "./engagement";
import { largestGoals } from "./goals";
import { largestHealth } from "./health";
import { largestKpis } from "./kpis";
import { largestOrganizations, largestScorecard } from "./partners";
import { largestRaci } from "./raci";
import { largestResources } from "./resources";
import { largestRisksRecord } from "./risks";

/** Every tool at the largest data it accepts, for `npm run bench` (test/bench/scale.ts). */
export function largestCases(): { label: string; path: string; tool: string; records: Record<string, string> }[] {
  return [
    { label: "50 goals", path: "/guide/goals/", tool: "#goals-tool", records: { "pivotpath:goals": largestGoals() } },
    {
      label: "30 organizations × 20 criteria, 30 checks each",
      path: "/guide/partners/",
      tool: "#scorecard-tool",
      records: { "pivotpath:organizations": largestOrganizations(), "pivotpath:scorecard": largestScorecard() },
    },
    {
      label: "100 tasks × 30 people or roles",
      path: "/guide/roles/",
      tool: "#raci-tool",
      records: { "pivotpath:raci": largestRaci() },
    },
    { label: "1,000 risks", path: "/guide/risks/", tool: "#risk-tool", records: { "pivotpath:risks": largestRisksRecord() } },
    {
      label: "50 stakeholders, 100 plan rows, 500 log entries",
      path: "/guide/community/",
      tool: "#engagement-tool",
      records: { "pivotpath:engagement": largestEngagement() },
    },
    {
      label: "20 partners, 200 contributions, 100 budget lines",
      path: "/guide/resources/",
      tool: "#resources",
      records: { "pivotpath:resources": largestResources() },
    },
    { label: "50 KPIs × 60 measurements", path: "/guide/evaluation/", tool: "#kpi-tool", records: { "pivotpath:kpis": largestKpis() } },
    {
      label: "20 partners × 12 health-check rounds",
      path: "/guide/evaluation/",
      tool: "#health-check",
      records: { "pivotpath:health": largestHealth() },
    },
  ];
}
