import type { ChartConfiguration } from "chart.js";
import type { ChartTheme } from "../charts/theme";
import type { BandCount } from "./register";
import { BAND_LABEL } from "./scoring";

/** Grouped bars: how many risks sit in each band before (inherent) and after (residual) mitigation. */
export function bandChartConfig(counts: readonly BandCount[], theme: ChartTheme): ChartConfiguration<"bar"> {
  const font = { family: theme.font };
  return {
    type: "bar",
    data: {
      labels: counts.map((c) => BAND_LABEL[c.band]),
      datasets: [
        { label: "Inherent (before mitigation)", data: counts.map((c) => c.inherent), backgroundColor: theme.series[0] },
        { label: "Residual (after mitigation)", data: counts.map((c) => c.residual), backgroundColor: theme.series[1] },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { ticks: { color: theme.text, font }, grid: { color: theme.grid } },
        y: {
          beginAtZero: true,
          ticks: { color: theme.text, font, precision: 0 },
          grid: { color: theme.grid },
          title: { display: true, text: "Risks", color: theme.text, font },
        },
      },
      plugins: { legend: { labels: { color: theme.text, font } } },
    },
  };
}
