import { EXAMPLE } from "../example/partnership";
import { DEFAULT_AT_RISK_MARGIN, DEFAULT_ON_TRACK_MARGIN, type Kpi, type KpisData } from "./kpis-tool";

const [FOOD_BANK, PARKS, GROCER] = EXAMPLE.partners;

type Plan = Omit<Kpi, "id" | "startDate" | "targetDate" | "onTrackMargin" | "atRiskMargin" | "measurements">;

function kpi(n: number, plan: Plan, measurements: [date: string, value: number, note?: string][]): Kpi {
  return {
    id: `example-kpi-${n}`,
    ...plan,
    startDate: EXAMPLE.start,
    targetDate: EXAMPLE.end,
    onTrackMargin: DEFAULT_ON_TRACK_MARGIN,
    atRiskMargin: DEFAULT_AT_RISK_MARGIN,
    measurements: measurements.map(([date, value, note = ""], i) => ({ id: `example-kpi-${n}-m${i + 1}`, date, value, note })),
  };
}

/** Riverside Fresh Start's M&E plan and first six months of figures; every status word appears once or more. */
export function kpisExample(): KpisData {
  return {
    kpis: [
      kpi(
        1,
        {
          name: "Households served per market day",
          level: "output",
          unit: "households",
          direction: "increase",
          baseline: 0,
          target: 400,
          source: "Market sign-in sheets",
          method: "Volunteers count households at the welcome table",
          frequency: "weekly",
          responsible: FOOD_BANK,
        },
        [
          ["2027-04-03", 95, "First market day"],
          ["2027-06-05", 210],
          ["2027-08-28", 290],
        ],
      ),
      kpi(
        2,
        {
          name: "Residents attending each cooking class",
          level: "output",
          unit: "residents",
          direction: "increase",
          baseline: 0,
          target: 12,
          source: "Class registers",
          method: "Instructor's register, averaged over the month",
          frequency: "monthly",
          responsible: PARKS,
        },
        [
          ["2027-05-20", 8],
          ["2027-07-15", 11],
          ["2027-09-16", 13, "Waiting list opened"],
        ],
      ),
      kpi(
        3,
        {
          name: "Share of shoppers paying with SNAP/EBT",
          level: "outcome",
          unit: "%",
          direction: "increase",
          baseline: 12,
          target: 35,
          source: "Greenleaf till reports",
          method: "Card-reader totals by payment type",
          frequency: "monthly",
          responsible: GROCER,
        },
        [
          ["2027-06-30", 16],
          ["2027-09-30", 20, "Card reader was down for two market days"],
        ],
      ),
      kpi(
        4,
        {
          name: "Average travel distance to fresh produce",
          level: "outcome",
          unit: "miles",
          direction: "decrease",
          baseline: 1.8,
          target: 0.6,
          source: "Shopper survey at the market",
          method: "Ten-minute survey of 50 shoppers",
          frequency: "quarterly",
          responsible: FOOD_BANK,
        },
        [
          ["2027-05-29", 1.7],
          ["2027-08-28", 1.6, "Many shoppers still come from west of the river"],
        ],
      ),
      kpi(
        5,
        {
          name: "Volunteer hours per month",
          level: "input",
          unit: "hours",
          direction: "increase",
          baseline: 40,
          target: 160,
          source: "Volunteer rota",
          method: "Hours signed in on the rota",
          frequency: "monthly",
          responsible: FOOD_BANK,
        },
        [
          ["2027-04-30", 70],
          ["2027-07-31", 110],
          ["2027-09-30", 125],
        ],
      ),
      kpi(
        6,
        {
          name: "Partner satisfaction with the partnership",
          level: "outcome",
          unit: "score (1–5)",
          direction: "increase",
          baseline: 3.5,
          target: 4.3,
          source: "Partnership health check",
          method: "Average answer to the satisfaction statement",
          frequency: "half-yearly",
          responsible: PARKS,
        },
        [
          ["2027-05-31", 3.67, "Month 3 health check"],
          ["2027-11-30", 4, "Month 9 health check"],
        ],
      ),
      kpi(
        7,
        {
          name: "Households eating vegetables every day",
          level: "impact",
          unit: "% of households",
          direction: "increase",
          baseline: 22,
          target: 35,
          source: "Resident survey",
          method: "Door-to-door survey by Parks outreach staff",
          frequency: "yearly",
          responsible: PARKS,
        },
        [],
      ),
    ],
  };
}
