import type { ChartConfiguration } from "chart.js";
import type { ChartTheme } from "../charts/theme";
import { MAX_SCORE, MIN_SCORE } from "./scorecard-tool";
import { type Standing } from "./ranking";
import { scoreHundredths } from "./weighted-score";

/** One bar of the chart: a ranked candidate and its weighted score to two decimals, as the table shows it. */
export interface ScoreBar {
  name: string;
  score: number;
}

/** The ranked candidates' bars, best first; those not fully scored or excluded have none (the table says why). */
export function scoreBars(standings: readonly Standing[]): ScoreBar[] {
  return standings.flatMap((s) => (s.kind === "ranked" ? [{ name: s.candidate.name, score: scoreHundredths(s.score) / 100 }] : []));
}

/** Names past this many characters are cut on the chart's axis (the table has them whole). */
export const AXIS_NAME_MAX = 32;

const axisName = (name: string) => (name.length > AXIS_NAME_MAX ? `${name.slice(0, AXIS_NAME_MAX - 1).trimEnd()}…` : name);

/** Horizontal bars of the weighted scores on the 1–5 scale, one per ranked candidate, in ranking order. */
export function scoreChartConfig(bars: readonly ScoreBar[], theme: ChartTheme): ChartConfiguration<"bar"> {
  const font = { family: theme.font };
  return {
    type: "bar",
    data: {
      labels: bars.map((b) => axisName(b.name)),
      datasets: [{ label: "Weighted score", data: bars.map((b) => b.score), backgroundColor: theme.series[0] }],
    },
    options: {
      indexAxis: "y",
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          min: MIN_SCORE,
          max: MAX_SCORE,
          ticks: { color: theme.text, font, stepSize: 1 },
          grid: { color: theme.grid },
          title: { display: true, text: "Weighted score (1 poor … 5 excellent)", color: theme.text, font },
        },
        y: { ticks: { color: theme.text, font }, grid: { color: theme.grid } },
      },
      plugins: { legend: { display: false } },
    },
  };
}
