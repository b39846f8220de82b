import { dayNumber } from "../dates";
import { parseNumber } from "../number-parse";
import {
  DEFAULT_AT_RISK_MARGIN,
  DEFAULT_ON_TRACK_MARGIN,
  DIRECTIONS,
  type Direction,
  FREQUENCIES,
  type Frequency,
  type Kpi,
  LEVELS,
  type Level,
  type Measurement,
} from "./kpis-tool";

/** Earliest and latest dates the forms accept: anything outside is a typing slip. */
export const FIRST_DATE = "1990-01-01";
export const LAST_DATE = "2100-12-31";

/** The KPI form's fields as typed. */
export interface KpiFields {
  name: string;
  level: string;
  unit: string;
  direction: string;
  baseline: string;
  target: string;
  startDate: string;
  targetDate: string;
  source: string;
  method: string;
  frequency: string;
  responsible: string;
  onTrackMargin: string;
  atRiskMargin: string;
}

export type KpiPlan = Omit<Kpi, "id" | "measurements">;
export type FieldErrors<F> = Partial<Record<keyof F, string>>;
export type Read<T, F> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

export function emptyKpiFields(): KpiFields {
  return {
    name: "",
    level: "output",
    unit: "",
    direction: "increase",
    baseline: "",
    target: "",
    startDate: "",
    targetDate: "",
    source: "",
    method: "",
    frequency: "monthly",
    responsible: "",
    onTrackMargin: String(DEFAULT_ON_TRACK_MARGIN),
    atRiskMargin: String(DEFAULT_AT_RISK_MARGIN),
  };
}

/** A KPI's plan as form fields, for editing it. */
export function kpiToFields(kpi: KpiPlan): KpiFields {
  return {
    ...kpi,
    baseline: String(kpi.baseline),
    target: String(kpi.target),
    onTrackMargin: String(kpi.onTrackMargin),
    atRiskMargin: String(kpi.atRiskMargin),
  };
}

/** Why a typed date is refused, or null when it is a calendar date from 1990 to 2100. */
export function dateProblem(iso: string, what: string): string | null {
  if (iso.trim() === "") return `Enter the ${what}.`;
  const day = dayNumber(iso);
  if (day === null) return `Enter the ${what} as a calendar date (yyyy-mm-dd).`;
  if (iso < FIRST_DATE || iso > LAST_DATE) return `Enter a ${what} between 1990 and 2100.`;
  return null;
}

function numberProblem(text: string, what: string, locale?: string): string | null {
  if (text.trim() === "") return `Enter the ${what} as a number.`;
  return parseNumber(text, locale) === null ? `Write the ${what} as a number, for example 40 or 12.5.` : null;
}

function marginProblem(text: string, locale?: string): string | null {
  const value = parseNumber(text, locale);
  return value === null || value < 0 || value > 100 ? "Enter a number of points from 0 to 100." : null;
}

function textProblem(text: string, max: number): string | null {
  return text.trim().length > max ? `Keep it to ${max} characters or fewer.` : null;
}

/** Checks every field of the KPI form; the value is ready to store when all pass. */
export function readKpiFields(fields: KpiFields, locale?: string): Read<KpiPlan, KpiFields> {
  const name = fields.name.trim();
  const problems: Partial<Record<keyof KpiFields, string | null>> = {
    name: name === "" ? "Give the KPI a name." : textProblem(name, 200),
    unit: textProblem(fields.unit, 40),
    baseline: numberProblem(fields.baseline, "baseline", locale),
    target: numberProblem(fields.target, "target", locale),
    startDate: dateProblem(fields.startDate, "start date"),
    targetDate: dateProblem(fields.targetDate, "target date"),
    source: textProblem(fields.source, 300),
    method: textProblem(fields.method, 300),
    responsible: textProblem(fields.responsible, 120),
    onTrackMargin: marginProblem(fields.onTrackMargin, locale),
    atRiskMargin: marginProblem(fields.atRiskMargin, locale),
  };
  if (!problems.startDate && !problems.targetDate && fields.targetDate < fields.startDate) {
    problems.targetDate = "The target date must not be before the start date.";
  }
  const onTrack = parseNumber(fields.onTrackMargin, locale) ?? 0;
  const atRisk = parseNumber(fields.atRiskMargin, locale) ?? 0;
  if (!problems.onTrackMargin && !problems.atRiskMargin && atRisk < onTrack) {
    problems.atRiskMargin = "The at-risk margin must be at least the on-track margin.";
  }
  const errors = compact(problems);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      level: pick(LEVELS, fields.level, "output") as Level,
      unit: fields.unit.trim(),
      direction: pick(DIRECTIONS, fields.direction, "increase") as Direction,
      baseline: parseNumber(fields.baseline, locale) ?? 0,
      target: parseNumber(fields.target, locale) ?? 0,
      startDate: fields.startDate,
      targetDate: fields.targetDate,
      source: fields.source.trim(),
      method: fields.method.trim(),
      frequency: pick(FREQUENCIES, fields.frequency, "monthly") as Frequency,
      responsible: fields.responsible.trim(),
      onTrackMargin: onTrack,
      atRiskMargin: atRisk,
    },
  };
}

function compact<F>(problems: Partial<Record<keyof F, string | null>>): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const key of Object.keys(problems) as (keyof F)[]) {
    const message = problems[key];
    if (message) errors[key] = message;
  }
  return errors;
}

function pick<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** The measurement form's fields as typed. */
export interface MeasurementFields {
  kpiId: string;
  date: string;
  value: string;
  note: string;
}

/** Checks the measurement form against the KPIs it may belong to. */
export function readMeasurementFields(
  fields: MeasurementFields,
  kpis: readonly Pick<Kpi, "id" | "measurements">[],
  locale?: string,
): Read<Omit<Measurement, "id"> & { kpiId: string }, MeasurementFields> {
  const kpi = kpis.find((k) => k.id === fields.kpiId);
  const errors: FieldErrors<MeasurementFields> = {};
  if (!kpi) errors.kpiId = kpis.length === 0 ? "Add a KPI first." : "Choose the KPI this measurement belongs to.";
  else if (kpi.measurements.length >= 500) errors.kpiId = "This KPI already holds 500 measurements, the most it can keep.";
  const date = dateProblem(fields.date, "date");
  if (date) errors.date = date;
  const value = numberProblem(fields.value, "actual value", locale);
  if (value) errors.value = value;
  const note = textProblem(fields.note, 500);
  if (note) errors.note = note;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { kpiId: fields.kpiId, date: fields.date, value: parseNumber(fields.value, locale) ?? 0, note: fields.note.trim() },
  };
}
