import { dayNumber } from "../dates";
import type { Kpi, Measurement } from "./kpis-tool";

/** Where a KPI stands, as a word the reader always sees next to any colour. */
export type Status = "achieved" | "on-track" | "at-risk" | "off-track" | "no-data" | "no-ratio";

export const STATUS_LABEL: Record<Status, string> = {
  achieved: "Achieved",
  "on-track": "On track",
  "at-risk": "At risk",
  "off-track": "Off track",
  "no-data": "No data",
  "no-ratio": "No progress ratio",
};

/** Margins in percentage points below the expected progress. */
export interface Margins {
  onTrackMargin: number;
  atRiskMargin: number;
}

// Comparisons are made in percentage points; this absorbs binary rounding such as 0.7 − 0.1.
const TOLERANCE = 1e-9;

/**
 * Share of the way from baseline to target: (actual − baseline) / (target − baseline).
 * Right for decrease targets too; may be below 0 or above 1. Null when target equals baseline.
 */
export function progress(baseline: number, target: number, actual: number): number | null {
  if (target === baseline) return null;
  const ratio = (actual - baseline) / (target - baseline);
  // 0 / negative is −0; readers and tests expect plain 0.
  return Number.isFinite(ratio) ? ratio + 0 : null;
}

/**
 * Share (0–1) of the time from start date to target date that has passed on `at`.
 * 0 before the start, 1 on and after the target date; null when a date is not a calendar date.
 */
export function expectedProgress(startDate: string, targetDate: string, at: string): number | null {
  const start = dayNumber(startDate);
  const end = dayNumber(targetDate);
  const day = dayNumber(at);
  if (start === null || end === null || day === null) return null;
  if (day < start) return 0;
  if (day >= end) return 1;
  return (day - start) / (end - start);
}

/** The status rule: Achieved at 100 %, else how far progress falls below the expected progress. */
export function statusOf(ratio: number | null, expected: number, margins: Margins): Status {
  if (ratio === null) return "no-ratio";
  const points = ratio * 100;
  if (points >= 100 - TOLERANCE) return "achieved";
  const shortfall = expected * 100 - points;
  if (shortfall <= margins.onTrackMargin + TOLERANCE) return "on-track";
  if (shortfall <= margins.atRiskMargin + TOLERANCE) return "at-risk";
  return "off-track";
}

/** The measurement with the latest date; of several on that date, the one entered last. */
export function latestMeasurement(measurements: readonly Measurement[]): Measurement | null {
  let latest: Measurement | null = null;
  for (const m of measurements) {
    if (latest === null || m.date >= latest.date) latest = m;
  }
  return latest;
}

/** Measurements in date order, entry order within a day. */
export function byDate(measurements: readonly Measurement[]): Measurement[] {
  return measurements
    .map((m, index) => ({ m, index }))
    .sort((a, b) => (a.m.date < b.m.date ? -1 : a.m.date > b.m.date ? 1 : a.index - b.index))
    .map(({ m }) => m);
}

export interface KpiReport {
  latest: Measurement | null;
  /** Progress of the latest actual, 0–1 scale, unrounded; null without data or without a ratio. */
  progress: number | null;
  /** Expected progress on the latest measurement's date, 0–1; null before the first measurement. */
  expected: number | null;
  /** progress − expected, in percentage points; null when either is missing. */
  gap: number | null;
  status: Status;
}

/** Progress, expected progress and status of a KPI at its latest measurement. */
export function kpiReport(kpi: Kpi): KpiReport {
  const latest = latestMeasurement(kpi.measurements);
  if (!latest) return { latest: null, progress: null, expected: null, gap: null, status: "no-data" };
  const ratio = progress(kpi.baseline, kpi.target, latest.value);
  const expected = expectedProgress(kpi.startDate, kpi.targetDate, latest.date) ?? 0;
  const gap = ratio === null ? null : (ratio - expected) * 100;
  return { latest, progress: ratio, expected, gap, status: statusOf(ratio, expected, kpi) };
}

/** The value the KPI would have on `date` if it moved in a straight line from baseline to target. */
export function expectedValue(kpi: Pick<Kpi, "baseline" | "target" | "startDate" | "targetDate">, date: string): number | null {
  const share = expectedProgress(kpi.startDate, kpi.targetDate, date);
  return share === null ? null : kpi.baseline + share * (kpi.target - kpi.baseline);
}

/** A 0–1 ratio as a whole percentage for display, e.g. 0.5 → "50%", −0.2 → "-20%". */
export function formatPercent(ratio: number): string {
  const rounded = Math.round(ratio * 100);
  return `${rounded === 0 ? 0 : rounded}%`;
}
