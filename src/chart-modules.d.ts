// chart.js imported under two names, one per chart bundle (src/lib/charts/bar-charts.ts says why): the same package.
declare module "chart.js?bar-charts" {
  export * from "chart.js";
}
declare module "chart.js?line-charts" {
  export * from "chart.js";
}
