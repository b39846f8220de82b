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

export { Chart };
