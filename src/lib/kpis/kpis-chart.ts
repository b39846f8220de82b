import type { ChartConfiguration } from "chart.js";
import type { ChartTheme } from "../charts/theme";
import { dayNumber, formatDate, fromDayNumber } from "../dates";
import type { Kpi } from "./kpis-tool";
import { byDate } from "./progress";

interface Point {
  /** Day number (days since 1970-01-01). */
  x: number;
  y: number;
}

/** What one KPI's line chart draws, as plain JSON. */
export interface KpiChartData {
  unit: string;
  start: number;
  end: number;
  baseline: number;
  target: number;
  actuals: Point[];
}

/** The chart's figures for a KPI, or null when its dates cannot be read. */
export function kpiChartData(kpi: Kpi): KpiChartData | null {
  const start = dayNumber(kpi.startDate);
  const end = dayNumber(kpi.targetDate);
  if (start === null || end === null) return null;
  const actuals = byDate(kpi.measurements).flatMap((m) => {
    const x = dayNumber(m.date);
    return x === null ? [] : [{ x, y: m.value }];
  });
  return { unit: kpi.unit, start, end, baseline: kpi.baseline, target: kpi.target, actuals };
}

const dayLabel = (value: number | string) => formatDate(fromDayNumber(Math.round(Number(value))));

/** "Mar 2027" for the day number of a month's first day. */
function monthLabel(value: number | string): string {
  const date = new Date(Math.round(Number(value)) * 86_400_000);
  return date.toLocaleDateString(undefined, { month: "short", year: "numeric", timeZone: "UTC" });
}

/** Day numbers of the first days of months from `min` to `max`, every 1, 2, 3, 6 or 12 months so that at most `most` remain. */
export function monthTicks(min: number, max: number, most = 6): number[] {
  const firsts: number[] = [];
  const start = new Date(min * 86_400_000);
  const year = start.getUTCFullYear();
  for (let month = start.getUTCMonth(); ; month++) {
    const day = Math.round(Date.UTC(year, month, 1) / 86_400_000);
    if (day > max) break;
    if (day >= min) firsts.push(day);
  }
  const step = [1, 2, 3, 6, 12].find((n) => Math.ceil(firsts.length / n) <= most) ?? Math.ceil(firsts.length / most / 12) * 12;
  return firsts.filter((_, i) => i % step === 0);
}

/** A line chart of actuals against the baseline, the target and the straight expected path between them. */
export function buildKpiChart(data: KpiChartData, theme: ChartTheme): ChartConfiguration<"line", Point[]> {
  const [blue, orange, green] = theme.series;
  const xs = [data.start, data.end, ...data.actuals.map((p) => p.x)];
  const line = (from: number, to: number): Point[] => [
    { x: data.start, y: from },
    { x: data.end, y: to },
  ];
  const font = { family: theme.font };
  const guide = { pointRadius: 0, pointHitRadius: 4, borderWidth: 2, fill: false };
  return {
    type: "line",
    data: {
      datasets: [
        { label: "Actual", data: data.actuals, borderColor: blue, backgroundColor: blue, pointRadius: 4, borderWidth: 3 },
        {
          label: "Expected path",
          data: line(data.baseline, data.target),
          borderColor: orange,
          backgroundColor: orange,
          borderDash: [8, 4],
          ...guide,
        },
        { label: "Target", data: line(data.target, data.target), borderColor: green, backgroundColor: green, borderDash: [2, 3], ...guide },
        {
          label: "Baseline",
          data: line(data.baseline, data.baseline),
          borderColor: theme.text,
          backgroundColor: theme.text,
          borderDash: [2, 3],
          ...guide,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          type: "linear",
          min: Math.min(...xs),
          max: Math.max(...xs),
          ticks: { color: theme.text, font, callback: monthLabel },
          afterBuildTicks: (axis) => {
            axis.ticks = monthTicks(axis.min, axis.max).map((value) => ({ value }));
          },
          grid: { color: theme.grid },
        },
        y: {
          ticks: { color: theme.text, font },
          grid: { color: theme.grid },
          title: { display: data.unit !== "", text: data.unit, color: theme.text },
        },
      },
      plugins: {
        legend: { labels: { color: theme.text, font } },
        tooltip: { callbacks: { title: (items) => (items[0] ? dayLabel(items[0].parsed.x ?? 0) : "") } },
      },
    },
  };
}
