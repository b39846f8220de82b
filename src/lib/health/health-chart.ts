import type { ChartConfiguration } from "chart.js";
import type { ChartTheme } from "../charts/theme";
import type { PartnerScores } from "./health-stats";
import { STATEMENTS } from "./health-tool";

/** What the radar chart draws, as plain JSON. */
export interface RadarData {
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** One series per partner that answered anything, statements as spokes; unanswered spokes are gaps. */
export function radarData(rows: readonly PartnerScores[]): RadarData {
  return {
    labels: STATEMENTS.map((s) => s.label),
    series: rows
      .filter(({ scores }) => Object.keys(scores).length > 0)
      .map(({ partner, scores }) => ({ name: partner, values: STATEMENTS.map((s) => scores[s.key] ?? null) })),
  };
}

/** A radar chart of each partner's scores on the 1–5 scale. */
export function buildHealthRadar(data: RadarData, theme: ChartTheme): ChartConfiguration<"radar", (number | null)[]> {
  const font = { family: theme.font };
  const dashes = [[], [8, 4], [2, 3], [12, 3, 2, 3]];
  return {
    type: "radar",
    data: {
      labels: data.labels,
      datasets: data.series.map((s, i) => {
        const colour = theme.series[i % theme.series.length] ?? theme.text;
        return {
          label: s.name,
          data: s.values,
          borderColor: colour,
          backgroundColor: colour,
          borderDash: dashes[i % dashes.length] ?? [],
          pointRadius: 3,
          borderWidth: 2,
          fill: false,
          spanGaps: true,
        };
      }),
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        r: {
          min: 0,
          max: 5,
          ticks: { stepSize: 1, color: theme.text, backdropColor: "transparent", font },
          pointLabels: { color: theme.text, font },
          grid: { color: theme.grid },
          angleLines: { color: theme.grid },
        },
      },
      plugins: { legend: { labels: { color: theme.text, font } } },
    },
  };
}
