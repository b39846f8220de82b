/** Colours and font for charts, taken from the page's CSS custom properties so charts follow the theme. */
export interface ChartTheme {
  text: string;
  grid: string;
  series: readonly string[];
  font: string;
}

/** A palette that stays distinguishable for the common colour-vision deficiencies (Okabe–Ito). */
export const SERIES = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"] as const;

export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { text: value("--text", "#1b2421"), grid: value("--border", "#c9d3cf"), series: SERIES, font: value("--font", "system-ui") };
}
