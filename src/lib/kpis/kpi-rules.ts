import { dayNumber } from "../dates";

/**
 * The rules a KPI keeps across its fields, shared by the forms and by the stored-data schema, so each is written once.
 * Each answers with why the rule is broken, or null. Given the KPI's `name`, the message names it for a record read
 * from storage or a file, and has no final full stop (the loader adds one); without, it speaks of the field in a form.
 */

/** Earliest and latest dates a KPI takes: anything outside is a typing slip. */
export const FIRST_DATE = "1990-01-01";
export const LAST_DATE = "2100-12-31";

/** Why `iso` is not a calendar date from 1990 to 2100, or null. `what` names the date: "start date". */
export function dateProblem(iso: string, what: string, name?: string): string | null {
  const of = name === undefined ? "" : ` of “${name}”`;
  if (iso.trim() === "") return `Enter the ${what}.`;
  if (dayNumber(iso) === null) return name === undefined ? `Enter the ${what} as a calendar date (yyyy-mm-dd).` : null;
  if (iso < FIRST_DATE || iso > LAST_DATE) {
    return name === undefined ? `Enter a ${what} between 1990 and 2100.` : `The ${what}${of} is not between 1990 and 2100`;
  }
  return null;
}

/** The target date must not come before the start date. */
export function datesOrderProblem(startDate: string, targetDate: string, name?: string): string | null {
  if (targetDate >= startDate) return null;
  return name === undefined
    ? "The target date must not be before the start date."
    : `The target date of “${name}” is before its start date`;
}

/** The at-risk margin must be at least the on-track margin. */
export function marginsProblem(onTrackMargin: number, atRiskMargin: number, name?: string): string | null {
  if (atRiskMargin >= onTrackMargin) return null;
  return name === undefined
    ? "The at-risk margin must be at least the on-track margin."
    : `The at-risk margin of “${name}” is below its on-track margin`;
}

/** True when every difference between two of `values` is a finite number (an empty list included). */
export function spreadIsFinite(values: Iterable<number>): boolean {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min > max || Number.isFinite(max - min);
}

/**
 * Progress divides differences of the baseline, target and measured values, so every difference between two of them
 * must be a number a computer can hold: baseline −1e308 with target 1e308 cannot be compared.
 */
export function figuresProblem(values: Iterable<number>, name?: string): string | null {
  if (spreadIsFinite(values)) return null;
  return name === undefined
    ? "This figure is too far from the KPI's other figures to measure progress; check its size."
    : `The baseline, target and measured values of “${name}” are too far apart to measure progress`;
}

/** What the record rules read of a KPI. */
export interface KpiFacts {
  name: string;
  baseline: number;
  target: number;
  startDate: string;
  targetDate: string;
  onTrackMargin: number;
  atRiskMargin: number;
  measurements: readonly { date: string; value: number }[];
}

/** The first rule a stored or imported KPI breaks, in words naming it, or null when it keeps them all. */
export function kpiProblem(kpi: KpiFacts): string | null {
  const { name } = kpi;
  return (
    dateProblem(kpi.startDate, "start date", name) ??
    dateProblem(kpi.targetDate, "target date", name) ??
    datesOrderProblem(kpi.startDate, kpi.targetDate, name) ??
    marginsProblem(kpi.onTrackMargin, kpi.atRiskMargin, name) ??
    figuresProblem([kpi.baseline, kpi.target, ...kpi.measurements.map((m) => m.value)], name) ??
    measurementDatesProblem(kpi)
  );
}

function measurementDatesProblem(kpi: KpiFacts): string | null {
  const outside = kpi.measurements.find((m) => dateProblem(m.date, "date", kpi.name) !== null);
  return outside ? `The measurement of “${kpi.name}” dated ${outside.date} is not between 1990 and 2100` : null;
}

/** The first rule any of `kpis` breaks, or null. */
export function kpisProblem(kpis: readonly KpiFacts[]): string | null {
  for (const kpi of kpis) {
    const problem = kpiProblem(kpi);
    if (problem) return problem;
  }
  return null;
}
