import type { ChartConfiguration } from "chart.js";

/** One entry of a chart's legend: a series name and its colour. */
export interface LegendItem {
  label: string;
  color: string;
}

function firstColor(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return null;
}

/**
 * The legend of a chart, read from its datasets: drawn as HTML text beside the chart rather than by chart.js's
 * legend plugin, so it is real text for every reader and the plugin's code is not shipped.
 * Charts whose options turn the legend off, or with a single unnamed series, get none.
 */
export function legendItems(config: ChartConfiguration): LegendItem[] {
  const legend = (config.options?.plugins as { legend?: { display?: boolean } } | undefined)?.legend;
  if (legend?.display === false) return [];
  return config.data.datasets.flatMap((dataset) => {
    const label = dataset.label ?? "";
    const color =
      firstColor((dataset as { borderColor?: unknown }).borderColor) ??
      firstColor((dataset as { backgroundColor?: unknown }).backgroundColor);
    return label && color ? [{ label, color }] : [];
  });
}
