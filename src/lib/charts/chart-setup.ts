/**
 * What both chart.js bundles share: the page platform and the function that draws a chart on it. Each bundle passes its
 * own copy of chart.js in (see bar-charts.ts and line-charts.ts for why there are two).
 */
import type { Chart, ChartConfiguration, ChartEvent, DomPlatform } from "chart.js";

export type DrawChart = (canvas: HTMLCanvasElement, config: ChartConfiguration) => Chart;

/**
 * Draws charts with `chart` on chart.js's page platform, less one watcher: for each responsive chart it watches the
 * whole document for removed nodes (a MutationObserver on every change anywhere), to notice its canvas leaving the
 * page, so each of the reader's edits ran one callback per chart drawn. A chart here leaves the page only when its
 * LazyChart unmounts, which destroys it; the resize watcher (one ResizeObserver on the chart's own box) stays.
 */
export function chartDrawer(chart: typeof Chart, platform: typeof DomPlatform): DrawChart {
  class PagePlatform extends platform {
    override addEventListener(owner: Chart, type: string, listener: (e: ChartEvent) => void): void {
      if (type === "detach") return;
      super.addEventListener(owner, type, listener);
    }
  }
  return (canvas, config) => new chart(canvas, { ...config, platform: PagePlatform });
}
