import { parseNumber } from "../number-parse";
import { dateProblem, datesOrderProblem, figuresProblem, marginsProblem } from "./kpi-rules";
import {
  DEFAULT_AT_RISK_MARGIN,
  DEFAULT_ON_TRACK_MARGIN,
  DIRECTIONS,
  type Direction,
  FREQUENCIES,
  type Frequency,
  KPI_LIMITS,
  type Kpi,
  LEVELS,
  type Level,
  MAX_MEASUREMENTS,
  type Measurement,
} from "./kpis-tool";

export { FIRST_DATE, LAST_DATE, dateProblem } from "./kpi-rules";

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
/** A number read from a field, or why its text is refused. */
export type NumberRead = { ok: true; value: number } | { ok: false; message: string };

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

/** A KPI's plan as form fields. */
export function kpiToFields(kpi: KpiPlan): KpiFields {
  return {
    ...kpi,
    baseline: String(kpi.baseline),
    target: String(kpi.target),
    onTrackMargin: String(kpi.onTrackMargin),
    atRiskMargin: String(kpi.atRiskMargin),
  };
}

/** Reads a figure (baseline, target, actual value): `what` names it in the message. */
export function readFigure(text: string, what: string, locale?: string): NumberRead {
  if (text.trim() === "") return { ok: false, message: `Enter the ${what} as a number.` };
  const value = parseNumber(text, locale);
  return value === null ? { ok: false, message: `Write the ${what} as a number, for example 40 or 12.5.` } : { ok: true, value };
}

/** Reads a status margin, in points from 0 to 100. */
export function readMargin(text: string, locale?: string): NumberRead {
  const value = parseNumber(text, locale);
  return value === null || value < 0 || value > 100
    ? { ok: false, message: "Enter a number of points from 0 to 100." }
    : { ok: true, value };
}

function textProblem(text: string, max: number): string | null {
  return text.trim().length > max ? `Keep it to ${max} characters or fewer.` : null;
}

const problemOf = (read: NumberRead) => (read.ok ? null : read.message);
const valueOf = (read: NumberRead) => (read.ok ? read.value : 0);

/**
 * Checks every field of the KPI form; the value is ready to store when all pass. `measured` are the values the KPI
 * already holds, when editing one: its figures must stay comparable with them.
 */
export function readKpiFields(fields: KpiFields, locale?: string, measured: readonly number[] = []): Read<KpiPlan, KpiFields> {
  const name = fields.name.trim();
  const baseline = readFigure(fields.baseline, "baseline", locale);
  const target = readFigure(fields.target, "target", locale);
  const onTrack = readMargin(fields.onTrackMargin, locale);
  const atRisk = readMargin(fields.atRiskMargin, locale);
  const problems: Partial<Record<keyof KpiFields, string | null>> = {
    name: name === "" ? "Give the KPI a name." : textProblem(name, KPI_LIMITS.name),
    unit: textProblem(fields.unit, KPI_LIMITS.unit),
    baseline: problemOf(baseline),
    target: problemOf(target),
    startDate: dateProblem(fields.startDate, "start date"),
    targetDate: dateProblem(fields.targetDate, "target date"),
    source: textProblem(fields.source, KPI_LIMITS.source),
    method: textProblem(fields.method, KPI_LIMITS.method),
    responsible: textProblem(fields.responsible, KPI_LIMITS.responsible),
    onTrackMargin: problemOf(onTrack),
    atRiskMargin: problemOf(atRisk),
  };
  if (!problems.startDate && !problems.targetDate) problems.targetDate = datesOrderProblem(fields.startDate, fields.targetDate);
  if (baseline.ok && target.ok) problems.target = figuresProblem([baseline.value, target.value, ...measured]);
  if (onTrack.ok && atRisk.ok) problems.atRiskMargin = marginsProblem(onTrack.value, atRisk.value);
  const errors = compact(problems);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      level: pick(LEVELS, fields.level, "output") as Level,
      unit: fields.unit.trim(),
      direction: pick(DIRECTIONS, fields.direction, "increase") as Direction,
      baseline: valueOf(baseline),
      target: valueOf(target),
      startDate: fields.startDate,
      targetDate: fields.targetDate,
      source: fields.source.trim(),
      method: fields.method.trim(),
      frequency: pick(FREQUENCIES, fields.frequency, "monthly") as Frequency,
      responsible: fields.responsible.trim(),
      responsibleOrganizationId: null,
      onTrackMargin: valueOf(onTrack),
      atRiskMargin: valueOf(atRisk),
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

type MeasuredKpi = Pick<Kpi, "id" | "baseline" | "target" | "measurements">;

/** Checks the measurement form against the KPIs it may belong to. */
export function readMeasurementFields(
  fields: MeasurementFields,
  kpis: readonly MeasuredKpi[],
  locale?: string,
): Read<Omit<Measurement, "id"> & { kpiId: string }, MeasurementFields> {
  const kpi = kpis.find((k) => k.id === fields.kpiId);
  const value = readFigure(fields.value, "actual value", locale);
  const problems: Partial<Record<keyof MeasurementFields, string | null>> = {
    kpiId: kpiProblem(kpi, kpis.length),
    date: dateProblem(fields.date, "date"),
    value:
      value.ok && kpi ? figuresProblem([kpi.baseline, kpi.target, value.value, ...kpi.measurements.map((m) => m.value)]) : problemOf(value),
    note: textProblem(fields.note, KPI_LIMITS.note),
  };
  const errors = compact(problems);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { kpiId: fields.kpiId, date: fields.date, value: valueOf(value), note: fields.note.trim() } };
}

function kpiProblem(kpi: MeasuredKpi | undefined, count: number): string | null {
  if (!kpi) return count === 0 ? "Add a KPI first." : "Choose the KPI this measurement belongs to.";
  if (kpi.measurements.length >= MAX_MEASUREMENTS) return `This KPI already holds ${MAX_MEASUREMENTS} measurements, the most it can keep.`;
  return null;
}
