/**
 * chart.js with the parts of bar charts only (risks, costing, partner scorecard). The line and radar charts (step 8)
 * load a bundle of their own, line-charts.ts: one chart.js with every part was 46.7 KB gzip on each page with a chart;
 * split by kind it is 39 KB for bars and 44 KB for lines and radar (figures in docs/quality.md). No page draws both.
 * The "?bar-charts" suffix gives this copy of chart.js its own module, so each bundle keeps only its own parts.
 * No tooltip or legend plugin: every chart's figures are in the table beside it, which also serves keyboard and
 * screen-reader users, and LazyChart writes the legend as HTML text.
 */
import { BarController, BarElement, CategoryScale, Chart, DomPlatform, LinearScale } from "chart.js?bar-charts";
import { chartDrawer } from "./chart-setup";

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export const drawChart = chartDrawer(Chart, DomPlatform);
