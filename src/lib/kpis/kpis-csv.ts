import { type CsvCell, toCsv } from "../csv";
import { DIRECTION_LABEL, FREQUENCY_LABEL, type Kpi, LEVEL_LABEL, contradiction } from "./kpis-tool";
import { STATUS_LABEL, byDate, expectedValue, kpiReport, progress } from "./progress";

const percent = (ratio: number | null): CsvCell => (ratio === null ? null : Math.round(ratio * 1000) / 10);
const twoDecimals = (value: number | null): CsvCell => (value === null ? null : Math.round(value * 100) / 100);

const TRACKING_HEADER = [
  "KPI",
  "Level",
  "Unit",
  "Direction",
  "Baseline",
  "Target",
  "Start date",
  "Target date",
  "Latest date",
  "Latest actual",
  "Progress (%)",
  "Expected progress (%)",
  "Variance (points)",
  "Status",
  "Check",
  "Data source",
  "Collection method",
  "Frequency",
  "Responsible",
  "On track within (points)",
  "At risk within (points)",
] as const;

/** The indicator tracking table as CSV: one row per KPI, numbers as numbers, text made safe. */
export function trackingCsv(kpis: readonly Kpi[]): string {
  const rows = kpis.map((kpi): CsvCell[] => {
    const report = kpiReport(kpi);
    return [
      kpi.name,
      LEVEL_LABEL[kpi.level],
      kpi.unit,
      DIRECTION_LABEL[kpi.direction],
      kpi.baseline,
      kpi.target,
      kpi.startDate,
      kpi.targetDate,
      report.latest?.date ?? null,
      report.latest?.value ?? null,
      percent(report.progress),
      percent(report.expected),
      report.gap === null ? null : Math.round(report.gap * 10) / 10,
      STATUS_LABEL[report.status],
      contradiction(kpi) ?? "",
      kpi.source,
      kpi.method,
      FREQUENCY_LABEL[kpi.frequency],
      kpi.responsible,
      kpi.onTrackMargin,
      kpi.atRiskMargin,
    ];
  });
  return toCsv(TRACKING_HEADER, rows);
}

/** Every measurement, KPI by KPI in date order, with the value expected on its date. */
export function measurementsCsv(kpis: readonly Kpi[]): string {
  const rows = kpis.flatMap((kpi) =>
    byDate(kpi.measurements).map((m): CsvCell[] => [
      kpi.name,
      m.date,
      m.value,
      kpi.unit,
      twoDecimals(expectedValue(kpi, m.date)),
      percent(progress(kpi.baseline, kpi.target, m.value)),
      m.note,
    ]),
  );
  return toCsv(["KPI", "Date", "Actual value", "Unit", "Expected value", "Progress (%)", "Note"], rows);
}
