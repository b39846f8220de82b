import type { drawChart } from "./chart-setup";

/** Loads chart.js (only the registered parts) when a chart is about to be seen; refuses types not registered. */
export async function loadChart(type: string): Promise<{ drawChart: typeof drawChart }> {
  if (type !== "bar" && type !== "line" && type !== "radar") {
    throw new Error(`No chart.js parts are registered for "${type}" charts`);
  }
  return import("./chart-setup");
}
