/**
 * chart.js with only the parts this site draws: bar, line and radar charts with a legend.
 * No tooltip plugin: every chart's figures are in the table beside it, which also serves keyboard and
 * screen-reader users, and leaving it out keeps the chunk under its 60 KB budget.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
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
  Legend,
);

export { Chart };
