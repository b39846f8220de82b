import type { DrawChart } from "./chart-setup";

/** Loads chart.js, with only the parts `type` needs, when a chart is about to be seen; refuses types not registered. */
export async function loadChart(type: string): Promise<{ drawChart: DrawChart }> {
  if (type === "bar") return import("./bar-charts");
  if (type === "line" || type === "radar") return import("./line-charts");
  throw new Error(`No chart.js parts are registered for "${type}" charts`);
}
