import { paragraph, table } from "../../agreement/agreement-blocks";
import { formatDate } from "../../dates";
import { formatScore, roundFigures, trend } from "../../health/health-stats";
import { type HealthData, roundsByDate } from "../../health/health-tool";
import { formatGap, withUnit } from "../../kpis/kpi-format";
import type { Kpi, KpisData } from "../../kpis/kpis-tool";
import { STATUS_LABEL, formatPercent, kpiReport } from "../../kpis/progress";
import type { DocBlock } from "../plan-document";
import type { SavedWork, SectionContext } from "../saved-work";

function kpiRow(kpi: Kpi, locale: string | undefined): string[] {
  const report = kpiReport(kpi);
  const latest = report.latest
    ? `${withUnit(report.latest.value, kpi.unit, locale)} on ${formatDate(report.latest.date, locale)}`
    : "None yet";
  const gap = report.progress !== null && report.expected !== null && report.status !== "achieved";
  return [
    kpi.name,
    kpi.responsible.trim() === "" ? "–" : kpi.responsible,
    `${withUnit(kpi.target, kpi.unit, locale)} by ${formatDate(kpi.targetDate, locale)}`,
    latest,
    report.progress === null ? "–" : formatPercent(report.progress),
    report.expected === null ? "–" : formatPercent(report.expected),
    gap ? `${STATUS_LABEL[report.status]}, ${formatGap(report.progress ?? 0, report.expected ?? 0)}` : STATUS_LABEL[report.status],
  ];
}

function kpiBlocks(kpis: KpisData, locale: string | undefined): DocBlock[] {
  return [
    { kind: "subheading", text: "Key performance indicators" },
    ...(kpis.kpis.length === 0 ? [paragraph("No KPIs set yet.")] : []),
    ...table(
      "KPIs and progress at the latest measurement",
      ["KPI", "Responsible partner", "Target", "Latest actual", "Progress", "Expected progress", "Status"],
      kpis.kpis.map((k) => kpiRow(k, locale)),
    ),
  ];
}

function healthBlocks(health: HealthData, locale: string | undefined): DocBlock[] {
  const round = roundsByDate(health.rounds).at(-1);
  const heading: DocBlock = { kind: "subheading", text: "Partnership health check" };
  if (!round) return [heading, paragraph("No round of the health check yet.")];
  const figures = roundFigures(health, round.id);
  const answered = figures.perPartner.filter((p) => p.count > 0).length;
  const widest = figures.widest.map((s) => `${s.label} (scores ${s.spread ?? 0} points apart)`);
  const { rounds, overall } = trend(health);
  const byRound = rounds.map((r, i) => `${r.label} ${formatScore(overall[i] ?? null)}`);
  return [
    heading,
    paragraph(
      `Latest round: ${round.label}, ${formatDate(round.date, locale)}. ${answered} of ${figures.rows.length} partners answered; average ${formatScore(figures.overall)} out of 5.`,
    ),
    ...(byRound.length > 1 ? [paragraph(`Average by round: ${byRound.join(", ")}.`)] : []),
    ...(widest.length > 0 ? [paragraph(`Partners differ most on: ${widest.join("; ")}.`)] : []),
    ...table(
      `Health check, ${round.label}: average score per statement (1 to 5)`,
      ["Statement", "Average", "Answers"],
      figures.stats.map((s) => [s.label, formatScore(s.average), String(s.count)]),
    ),
  ];
}

/** Step 8: each KPI's progress and status, and the latest round of the health check. */
export function evaluationSection({ kpis, health }: SavedWork, { locale }: SectionContext): DocBlock[] {
  return [...(kpis ? kpiBlocks(kpis, locale) : []), ...(health ? healthBlocks(health, locale) : [])];
}
