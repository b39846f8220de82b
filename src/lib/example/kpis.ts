import type { Kpi } from "../kpis/kpis-tool";
import { DATES, EXAMPLE, FOOD_BANK, GROCER, PARKS } from "./partnership";

type Plan = Omit<Kpi, "id" | "onTrackMargin" | "atRiskMargin" | "measurements">;
export interface ExampleKpi {
  plan: Plan;
  /** Date, value and note of each figure entered. */
  measurements: readonly (readonly [date: string, value: number, note?: string])[];
  /** What the tracker shows at the latest figure: progress and expected progress in whole percent, and the status word. */
  shows: { progress: number; expected: number; status: "Achieved" | "On track" | "At risk" | "Off track" | "No data" } | null;
}

/**
 * The KPIs of step 8, one for every goal (the three shared goals and each partner's own), with the figures entered
 * up to the second health check in November 2027, a week before the renewal decision. Each baseline is measured the
 * same way, on the same people, as the later figures.
 */
export const KPIS: readonly ExampleKpi[] = [
  {
    plan: {
      name: "Different households shopping at the market each month",
      level: "output",
      unit: "households",
      direction: "increase",
      baseline: 0,
      target: 400,
      startDate: EXAMPLE.start,
      targetDate: "2027-12-31",
      source: "Market card numbers at the welcome table",
      method: "Each household gets a free card with a number and its ZIP code, nothing else; volunteers log the number each visit",
      frequency: "monthly",
      responsible: FOOD_BANK,
      responsibleOrganizationId: null,
    },
    measurements: [
      ["2027-04-30", 140, "Four market days"],
      ["2027-06-30", 260],
      ["2027-08-31", 310, "Many cards carry ZIP codes west of the river"],
      ["2027-10-31", 345],
    ],
    shows: { progress: 86, expected: 80, status: "On track" },
  },
  {
    plan: {
      name: "Residents who completed a cooking series",
      level: "output",
      unit: "residents",
      direction: "increase",
      baseline: 0,
      target: 150,
      startDate: EXAMPLE.start,
      targetDate: EXAMPLE.end,
      source: "Class registers",
      method: "The nutrition educator's register; a resident completes a series by attending three of its four classes",
      frequency: "monthly",
      responsible: FOOD_BANK,
      responsibleOrganizationId: null,
    },
    measurements: [
      ["2027-05-31", 22],
      ["2027-07-31", 46],
      ["2027-09-30", 70, "Waiting list opened; a second weekly class from October"],
      [DATES.healthCheck2, 108],
    ],
    shows: { progress: 72, expected: 73, status: "On track" },
  },
  {
    plan: {
      name: "Share of market sales paid with SNAP/EBT",
      level: "outcome",
      unit: "%",
      direction: "increase",
      baseline: 12,
      target: 35,
      startDate: "2027-04-30",
      targetDate: EXAMPLE.end,
      source: "Market till reports",
      method: "Greenleaf's market card-reader totals by payment type; the baseline is the first month at the market",
      frequency: "monthly",
      responsible: GROCER,
      responsibleOrganizationId: null,
    },
    measurements: [
      ["2027-06-30", 16],
      ["2027-09-30", 20, "Card reader was down for two market days"],
    ],
    shows: { progress: 35, expected: 50, status: "At risk" },
  },
  {
    plan: {
      name: "Average distance to buy fresh produce",
      level: "outcome",
      unit: "miles",
      direction: "decrease",
      baseline: 1.8,
      target: 0.6,
      startDate: EXAMPLE.start,
      targetDate: EXAMPLE.end,
      source: "Resident survey",
      method: "The winter survey's question, asked of 50 residents at the same pantries and housing complexes",
      frequency: "quarterly",
      responsible: FOOD_BANK,
      responsibleOrganizationId: null,
    },
    measurements: [
      ["2027-05-31", 1.7],
      ["2027-08-31", 1.6, "Many residents asked had not heard of the market"],
    ],
    shows: { progress: 17, expected: 50, status: "Off track" },
  },
  {
    plan: {
      name: "Volunteer hours per month",
      level: "input",
      unit: "hours",
      direction: "increase",
      baseline: 40,
      target: 160,
      startDate: EXAMPLE.start,
      targetDate: EXAMPLE.end,
      source: "Volunteer rota",
      method: "Hours signed in on the rota; the baseline is March 2027, the set-up month",
      frequency: "monthly",
      responsible: FOOD_BANK,
      responsibleOrganizationId: null,
    },
    measurements: [
      ["2027-04-30", 70],
      ["2027-07-31", 110],
      ["2027-09-30", 125],
      ["2027-10-31", 165, "Cooking-class graduates joined the rota"],
    ],
    shows: { progress: 104, expected: 67, status: "Achieved" },
  },
  {
    plan: {
      name: "Partner satisfaction with the partnership",
      level: "outcome",
      unit: "score (1–5)",
      direction: "increase",
      baseline: 3.67,
      target: 4.3,
      startDate: DATES.healthCheck1,
      targetDate: EXAMPLE.end,
      source: "Partnership health check",
      method: "Average answer to the satisfaction statement; the baseline is the first check",
      frequency: "half-yearly",
      responsible: PARKS,
      responsibleOrganizationId: null,
    },
    measurements: [[DATES.healthCheck2, 4, "Month 9 health check"]],
    shows: { progress: 52, expected: 64, status: "At risk" },
  },
  {
    plan: {
      name: "Households eating vegetables every day",
      level: "impact",
      unit: "% of households",
      direction: "increase",
      baseline: 22,
      target: 35,
      startDate: EXAMPLE.start,
      targetDate: EXAMPLE.end,
      source: "Resident survey",
      method: "The winter survey repeated a year later, door to door and at the pantries",
      frequency: "yearly",
      responsible: FOOD_BANK,
      responsibleOrganizationId: null,
    },
    measurements: [],
    shows: null,
  },
  {
    plan: {
      name: "New pantry clients who heard of Eastside through the market",
      level: "outcome",
      unit: "% of new clients",
      direction: "increase",
      baseline: 0,
      target: 25,
      startDate: EXAMPLE.start,
      targetDate: EXAMPLE.end,
      source: "Pantry intake form",
      method: "The intake question on how the client heard of the food bank",
      frequency: "quarterly",
      responsible: FOOD_BANK,
      responsibleOrganizationId: null,
    },
    measurements: [
      ["2027-08-31", 12],
      [DATES.healthCheck2, 17],
    ],
    shows: { progress: 68, expected: 73, status: "On track" },
  },
  {
    plan: {
      name: "New Greenleaf customers from east-side ZIP codes",
      level: "outcome",
      unit: "customers",
      direction: "increase",
      baseline: 0,
      target: 150,
      startDate: EXAMPLE.start,
      targetDate: EXAMPLE.end,
      source: "Greenleaf loyalty sign-ups",
      method: "New loyalty cards with an east-side ZIP code",
      frequency: "quarterly",
      responsible: GROCER,
      responsibleOrganizationId: null,
    },
    measurements: [
      ["2027-08-31", 25],
      [DATES.healthCheck2, 40],
    ],
    shows: { progress: 27, expected: 73, status: "Off track" },
  },
  {
    plan: {
      name: "People in Riverside Park on Saturday mornings",
      level: "outcome",
      unit: "people",
      direction: "increase",
      baseline: 120,
      target: 300,
      startDate: EXAMPLE.start,
      targetDate: EXAMPLE.end,
      source: "Parks head count",
      method: "A count at 10 a.m. each Saturday, averaged over the month; the baseline is March 2027",
      frequency: "monthly",
      responsible: PARKS,
      responsibleOrganizationId: null,
    },
    measurements: [
      ["2027-04-30", 210],
      ["2027-06-30", 320, "Market and youth soccer on the same mornings"],
      ["2027-08-31", 310],
      ["2027-10-31", 305, "Cooler mornings, but the market still draws a crowd"],
    ],
    shows: { progress: 103, expected: 67, status: "Achieved" },
  },
];

export const kpiNamed = (start: string): ExampleKpi => {
  const found = KPIS.find((k) => k.plan.name.startsWith(start));
  if (!found) throw new Error(`no KPI named "${start}…"`);
  return found;
};

const at = (i: number): ExampleKpi => {
  const kpi = KPIS[i];
  if (!kpi) throw new Error(`no KPI ${i}`);
  return kpi;
};

/** The KPIs by a short name, for the pages. */
export const K = {
  households: at(0),
  series: at(1),
  snap: at(2),
  distance: at(3),
  volunteers: at(4),
  satisfaction: at(5),
  vegetables: at(6),
  pantry: at(7),
  customers: at(8),
  park: at(9),
} as const;

/** The value of a KPI's measurement `i` (negative counts from the end). */
export function figure(kpi: ExampleKpi, i: number): number {
  const m = kpi.measurements.at(i);
  if (!m) throw new Error(`no measurement ${i} of ${kpi.plan.name}`);
  return m[1];
}

/** The date of a KPI's measurement `i` (negative counts from the end). */
export function measuredOn(kpi: ExampleKpi, i: number): string {
  const m = kpi.measurements.at(i);
  if (!m) throw new Error(`no measurement ${i} of ${kpi.plan.name}`);
  return m[0];
}

/** KPI `kpi` as the evaluation page's table shows it. */
export function kpiRow(kpi: ExampleKpi): { latest: string; progress: string; status: string } {
  const last = kpi.measurements.at(-1);
  if (!last || !kpi.shows) return { latest: "None yet", progress: "–", status: "No data" };
  const [date, value] = last;
  const unit = kpi.plan.unit.startsWith("%") ? "%" : kpi.plan.unit.startsWith("score") ? " of 5" : ` ${kpi.plan.unit}`;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const when = new Date(Date.UTC(year, month - 1, day)).toLocaleDateString("en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
  return {
    latest: `${value.toLocaleString("en-US")}${unit}, ${when}`,
    progress: `${kpi.shows.progress}% against ${kpi.shows.expected}%`,
    status: kpi.shows.status,
  };
}
