/**
 * chart.js with the parts of line and radar charts only (the KPI tracker and the health check); bar charts load
 * bar-charts.ts, which says why the two are apart.
 */
import {
  CategoryScale,
  Chart,
  DomPlatform,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  RadarController,
  RadialLinearScale,
} from "chart.js?line-charts";
import { chartDrawer } from "./chart-setup";

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, RadarController, RadialLinearScale);

export const drawChart = chartDrawer(Chart, DomPlatform);
