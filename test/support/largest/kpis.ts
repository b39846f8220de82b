import type { Kpi, KpisData } from "~/lib/kpis/kpis-tool";

const LEVELS = ["input", "output", "outcome", "impact"] as const;
const KPIS = 50;
const MEASUREMENTS = 60;

/** The 15th of the month `n` months after March 2027, as yyyy-mm-dd. */
function monthDay(n: number): string {
  const date = new Date(Date.UTC(2027, 2 + n, 15));
  return date.toISOString().slice(0, 10);
}

function kpi(n: number): Kpi {
  const decrease = n % 3 === 2;
  const [baseline, target] = decrease ? [300, 60] : [20, 500];
  return {
    id: `largest-kpi-${n}`,
    name: `KPI ${n}: households reached through partner outreach in district ${n}`,
    level: LEVELS[n % LEVELS.length] ?? "output",
    unit: n % 4 === 0 ? "%" : "households",
    direction: decrease ? "decrease" : "increase",
    baseline,
    target,
    startDate: "2027-03-01",
    targetDate: "2032-02-29",
    source: `Partner report ${n}: sign-in sheets and survey returns collected by the outreach team`,
    method: "Counted at each session and summed over the month by the coordinator",
    frequency: "monthly",
    responsible: `Partner organization ${(n % 7) + 1}`,
    responsibleOrganizationId: null,
    onTrackMargin: 10,
    atRiskMargin: 25,
    measurements: Array.from({ length: MEASUREMENTS }, (_, m) => ({
      id: `largest-kpi-${n}-m${m + 1}`,
      date: monthDay(m),
      value: Math.round((baseline + ((target - baseline) * (m + 1) * (0.7 + (n % 5) / 10)) / MEASUREMENTS) * 10) / 10,
      note: m % 6 === 0 ? `Quarterly review ${m / 6 + 1}: figures checked against the partner's own records` : "",
    })),
  };
}

/** The KPI tracker's largest data (issue 12's scale: 50 KPIs with 60 measurements each) as the stored record text. */
export function largestKpis(savedAt = Date.UTC(2032, 0, 1)): string {
  const data: KpisData = { kpis: Array.from({ length: KPIS }, (_, i) => kpi(i + 1)) };
  return JSON.stringify({ app: "pivotpath", tool: "kpis", version: 2, savedAt, data });
}
