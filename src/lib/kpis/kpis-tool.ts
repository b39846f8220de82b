import * as v from "valibot";
import { isValidDate } from "../dates";
import { finiteNumber, list, maxLengthOf, requiredText, rowId, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";
import { kpisProblem } from "./kpi-rules";
import { KPIS_MIGRATIONS } from "./kpis-migrations";

/** Logframe levels, from what goes in to the lasting change. */
export const LEVELS = ["input", "output", "outcome", "impact"] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABEL: Record<Level, string> = { input: "Input", output: "Output", outcome: "Outcome", impact: "Impact" };

/** Which way a KPI should move from its baseline. */
export const DIRECTIONS = ["increase", "decrease"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const DIRECTION_LABEL: Record<Direction, string> = { increase: "Increase", decrease: "Decrease" };

/** How often a KPI is measured. */
export const FREQUENCIES = ["weekly", "monthly", "quarterly", "half-yearly", "yearly", "once"] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABEL: Record<Frequency, string> = {
  weekly: "Weekly",
  monthly: "Monthly",
  quarterly: "Quarterly",
  "half-yearly": "Twice a year",
  yearly: "Yearly",
  once: "Once",
};

/** Default status margins, in percentage points below the expected progress. */
export const DEFAULT_ON_TRACK_MARGIN = 10;
export const DEFAULT_AT_RISK_MARGIN = 25;

/** A calendar date written yyyy-mm-dd that exists (no 30 February). */
export const calendarDate = v.pipe(v.string(), v.check(isValidDate, "must be a calendar date written yyyy-mm-dd"));

/** Most measurements one KPI keeps. */
export const MAX_MEASUREMENTS = 500;

/** A margin in percentage points, 0–100. */
const margin = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100));

const MeasurementSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** The day the value was measured. */
  date: calendarDate,
  /** The measured value, in the KPI's unit. */
  value: finiteNumber,
  /** Anything worth knowing about this measurement, e.g. how it was counted. */
  note: text(500),
});

const KpiSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** What is measured, e.g. "Households served per market day". */
  name: requiredText(200),
  level: v.picklist(LEVELS),
  /** Unit of baseline, target and actuals, e.g. "households" or "%". */
  unit: text(40),
  direction: v.picklist(DIRECTIONS),
  /** The value before the partnership's work started. */
  baseline: finiteNumber,
  /** The value the partnership aims to reach by the target date. */
  target: finiteNumber,
  /** When progress towards the target starts to be expected. */
  startDate: calendarDate,
  /** When the target should be reached. */
  targetDate: calendarDate,
  /** Where the figures come from, e.g. "Market sign-in sheets". */
  source: text(300),
  /** How they are collected, e.g. "Volunteer counts at the gate". */
  method: text(300),
  frequency: v.picklist(FREQUENCIES),
  /** The partner that collects and reports the figures, as last shown (a copy kept when step 2's list is not). */
  responsible: text(120),
  /** The organization on step 2's list the responsible partner is (a rename there renames it here); null when none. */
  responsibleOrganizationId: v.nullable(rowId),
  /** "On track" while progress is at most this many points below the expected progress. */
  onTrackMargin: margin,
  /** "At risk" while progress is at most this many points below the expected progress; below that "Off track". */
  atRiskMargin: margin,
  /** Measurements in the order they were entered. */
  measurements: list(MeasurementSchema, MAX_MEASUREMENTS),
});

/** Most KPIs the tracker keeps. */
export const MAX_KPIS = 100;

/**
 * The tracker's data. Beyond each field's own check, every KPI keeps the rules the forms keep (dates in order and from
 * 1990 to 2100, margins in order, figures whose differences are finite), so a stored or imported record that breaks one
 * is refused with the reason in words, naming the KPI.
 */
export const KpisSchema = v.pipe(
  v.object({
    kpis: list(KpiSchema, MAX_KPIS),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = kpisProblem(dataset.value.kpis);
    if (problem) addIssue({ message: problem });
  }),
);

export type Measurement = v.InferOutput<typeof MeasurementSchema>;
export type Kpi = v.InferOutput<typeof KpiSchema>;
export type KpisData = v.InferOutput<typeof KpisSchema>;

/** The longest text each field takes, read by the forms from the schema. */
export const KPI_LIMITS = {
  name: maxLengthOf(KpiSchema.entries.name) ?? 0,
  unit: maxLengthOf(KpiSchema.entries.unit) ?? 0,
  source: maxLengthOf(KpiSchema.entries.source) ?? 0,
  method: maxLengthOf(KpiSchema.entries.method) ?? 0,
  responsible: maxLengthOf(KpiSchema.entries.responsible) ?? 0,
  note: maxLengthOf(MeasurementSchema.entries.note) ?? 0,
};

/** Step 8's KPI tracker: the M&E plan, measurements, progress and status per KPI. */
export const kpisTool: ToolDefinition<KpisData> = {
  id: "kpis",
  title: "KPI tracker",
  step: 8,
  version: 2,
  schema: KpisSchema,
  migrations: KPIS_MIGRATIONS,
  empty: () => ({ kpis: [] }),
  summarize: ({ kpis }) => {
    if (kpis.length === 0) return "";
    const count = kpis.reduce((sum, kpi) => sum + kpi.measurements.length, 0);
    return `${kpis.length} ${kpis.length === 1 ? "KPI" : "KPIs"}, ${count} ${count === 1 ? "measurement" : "measurements"}`;
  },
};

/** Why a KPI's target points the wrong way for its direction, or null when it does not. */
export function contradiction(kpi: Pick<Kpi, "baseline" | "target" | "direction">): string | null {
  if (kpi.direction === "decrease" && kpi.target > kpi.baseline) {
    return "Contradictory: the KPI should decrease, but its target is above its baseline.";
  }
  if (kpi.direction === "increase" && kpi.target < kpi.baseline) {
    return "Contradictory: the KPI should increase, but its target is below its baseline.";
  }
  return null;
}
