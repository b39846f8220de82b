import type { Block } from "../agreement/agreement-blocks";
import { formatDate } from "../dates";
import { withUnit } from "../kpis/kpi-format";
import type { Kpi } from "../kpis/kpis-tool";
import { latestMeasurement } from "../kpis/progress";
import { bandIn, numbered, scoreIn, sortRows } from "../risks/register";
import type { RisksData } from "../risks/risks-tool";
import { BAND_LABEL, DEFAULT_LIMITS } from "../risks/scoring";
import type { OutcomeKpi } from "./return-figures";
import type { Costing } from "./cost-and-benefits";

/** A KPI of step 8 as the case reads it: the outcome it may divide the cost by, and the line it shows in the case. */
export type CaseKpi = OutcomeKpi & Pick<Kpi, "id" | "targetDate" | "measurements">;

/** What the case reads from other steps: step 1's goals, step 2's organizations, step 5's risks, step 8's KPIs. */
export interface CaseLinks {
  goals: readonly { id: string; title: string }[];
  organizations: readonly { id: string; name: string }[];
  kpis: readonly CaseKpi[];
  /** Step 5's register; without it (nothing saved in step 5), the case says the register has no open risks. */
  risks?: Pick<RisksData, "risks" | "limits"> | undefined;
  /** Step 7's costing; with it, the case says where its total cost and step 7's budget total differ. */
  costing?: Costing | undefined;
}

/** How many of step 5's risks the case names: the highest residual scores. */
export const TOP_RISKS = 5;

/**
 * Step 5's open risks with the highest residual scores (after mitigation), highest first, ties by inherent score then
 * number, as a table; a paragraph saying so when step 5 has none open.
 */
export function topRisksBlock(register: CaseLinks["risks"], max = TOP_RISKS): Block {
  const { risks, limits } = register ?? { risks: [], limits: DEFAULT_LIMITS };
  const open = numbered(risks).filter(({ risk }) => risk.status !== "closed");
  if (open.length === 0) return { kind: "paragraph", text: "Step 5's risk register has no open risks yet." };
  const top = sortRows(open, { key: "residual", direction: "descending" }).slice(0, max);
  return {
    kind: "table",
    caption: `Top ${top.length} residual ${top.length === 1 ? "risk" : "risks"} (step 5, after mitigation)`,
    header: ["No.", "Risk", "Residual score", "Owner"],
    rows: top.map(({ risk, number }) => [
      String(number),
      risk.title,
      `${scoreIn(risk, "residual")} ${BAND_LABEL[bandIn(risk, "residual", limits)]}`,
      risk.owner || "No owner yet",
    ]),
  };
}

/** Step 8's KPIs as a table: each from its baseline to its target by the target date, and its latest measured value. */
export function kpisBlock(kpis: CaseLinks["kpis"], locale?: string): Block {
  if (kpis.length === 0) return { kind: "paragraph", text: "Step 8's KPI tracker has no KPIs yet." };
  return {
    kind: "table",
    caption: "KPIs (step 8)",
    header: ["KPI", "Baseline → target, by", "Latest"],
    rows: kpis.map((k) => {
      const latest = latestMeasurement(k.measurements);
      return [
        k.name,
        `${withUnit(k.baseline, k.unit, locale)} → ${withUnit(k.target, k.unit, locale)}, ${formatDate(k.targetDate, locale)}`,
        latest ? `${withUnit(latest.value, k.unit, locale)}, ${formatDate(latest.date, locale)}` : "Not measured yet",
      ];
    }),
  };
}
