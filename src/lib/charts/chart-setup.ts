/**
 * chart.js with only the parts this site draws: bar, line and radar charts.
 * No tooltip or legend plugin: every chart's figures are in the table beside it, which also serves keyboard and
 * screen-reader users, and LazyChart writes the legend as HTML text; leaving them out keeps the chunk small.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  type ChartEvent,
  DomPlatform,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
} from "chart.js";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
);

/**
 * chart.js's page platform, less one watcher: for each responsive chart it watches the whole document for removed
 * nodes (a MutationObserver on every change anywhere), to notice its canvas leaving the page, so each of the reader's
 * edits ran one callback per chart drawn. A chart here leaves the page only when its LazyChart unmounts, which destroys
 * it; the resize watcher (one ResizeObserver on the chart's own box) stays.
 */
export class PagePlatform extends DomPlatform {
  override addEventListener(chart: Chart, type: string, listener: (e: ChartEvent) => void): void {
    if (type === "detach") return;
    super.addEventListener(chart, type, listener);
  }
}

/** Draws a chart on `canvas`, on the page platform above. */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration): Chart {
  return new Chart(canvas, { ...config, platform: PagePlatform });
}
