import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SERIES } from "~/lib/charts/theme";
import { dayNumber } from "~/lib/dates";
import { buildKpiChart, kpiChartData, monthTicks } from "~/lib/kpis/kpis-chart";
import { kpisExample } from "~/lib/kpis/kpis-example";
import type { Kpi } from "~/lib/kpis/kpis-tool";
import { figureDecimals, formatGap, formatValue, withUnit } from "~/lib/kpis/kpi-format";

const theme = { text: "#111", grid: "#ccc", series: SERIES, font: "system-ui" };
const [households] = kpisExample().kpis as [Kpi];

describe("KPI line chart", () => {
  it("draws actuals against the expected path, the target and the baseline", () => {
    const data = kpiChartData(households);
    expect(data).not.toBeNull();
    const config = buildKpiChart(data as NonNullable<typeof data>, theme);
    expect(config.type).toBe("line");
    expect(config.options?.maintainAspectRatio).toBe(false);
    expect(config.options?.animation).toBe(false);
    const [actual, expected, target, baseline] = config.data.datasets;
    expect(actual?.data).toEqual([
      { x: dayNumber("2027-04-30"), y: 140 },
      { x: dayNumber("2027-06-30"), y: 260 },
      { x: dayNumber("2027-08-31"), y: 310 },
      { x: dayNumber("2027-10-31"), y: 345 },
    ]);
    expect(expected?.data).toEqual([
      { x: dayNumber("2027-03-01"), y: 0 },
      { x: dayNumber("2027-12-31"), y: 400 },
    ]);
    expect(target?.data.map((p) => p.y)).toEqual([400, 400]);
    expect(baseline?.data.map((p) => p.y)).toEqual([0, 0]);
    expect(config.data.datasets.map((d) => d.label)).toEqual(["Actual", "Expected path", "Target", "Baseline"]);
  });

  it("widens the date axis to measurements outside the plan's dates", () => {
    const kpi = { ...households, measurements: [{ id: "m", date: "2026-12-01", value: 3, note: "" }] };
    const config = buildKpiChart(kpiChartData(kpi) as NonNullable<ReturnType<typeof kpiChartData>>, theme);
    const x = config.options?.scales?.["x"];
    expect(x?.min).toBe(dayNumber("2026-12-01"));
    expect(x?.max).toBe(dayNumber("2027-12-31"));
  });

  it("labels the date axis with months", () => {
    const config = buildKpiChart(kpiChartData(households) as NonNullable<ReturnType<typeof kpiChartData>>, theme);
    const callback = (config.options?.scales?.["x"]?.ticks as { callback: (v: number) => string }).callback;
    expect(callback(dayNumber("2027-03-01") ?? 0)).toMatch(/Mar.*2027/);
  });

  it.each([
    [
      "a year from 1 March",
      "2027-03-01",
      "2028-02-29",
      ["2027-03-01", "2027-05-01", "2027-07-01", "2027-09-01", "2027-11-01", "2028-01-01"],
    ],
    ["two months from mid-month", "2027-01-15", "2027-03-20", ["2027-02-01", "2027-03-01"]],
    ["a week inside one month", "2027-05-03", "2027-05-10", []],
    ["ten years", "2020-01-01", "2029-12-31", ["2020-01-01", "2022-01-01", "2024-01-01", "2026-01-01", "2028-01-01"]],
  ])("puts ticks on first days of months: %s", (_, from, to, expected) => {
    const ticks = monthTicks(dayNumber(from) ?? 0, dayNumber(to) ?? 0);
    expect(ticks).toEqual(expected.map((d) => dayNumber(d)));
    expect(ticks.length).toBeLessThanOrEqual(6);
  });
});

describe("KPI number formats", () => {
  it.each([
    [290, "households", "290 households"],
    [20, "%", "20%"],
    [22, "% of households", "22% of households"],
    [1.666, "", "1.67"],
  ])("%d %s", (value, unit, text) => {
    expect(withUnit(value, unit, "en-US")).toBe(text);
  });

  it.each([
    [0.5, 0.3315, "17 points ahead"],
    [0.25, 0.5836, "33 points behind"],
    // The figures shown are 48% and 49%: a point apart, whatever the decimals behind them.
    [0.4849, 0.4851, "about as expected"],
    [0.476, 0.494, "about as expected"],
    [0.5, 0.49, "about as expected"],
    [0.47, 0.49, "2 points behind"],
    [0.52, 0.5, "2 points ahead"],
  ])("progress %d against %d expected", (progress, expected, text) => {
    expect(formatGap(progress, expected)).toBe(text);
  });

  it.each([
    [[0, 400, 95, 210], 0],
    [[1.8, 0.6, 1.7], 1],
    [[3.5, 4.3, 3.67], 2],
    [[0, 1, 0.12345], 2],
    [[1e-7], 2],
    [[1e21, -1e21], 0],
    [[], 0],
  ])("shows estimates of a KPI with figures %j to %d decimals", (values, decimals) => {
    expect(figureDecimals(values)).toBe(decimals);
  });

  it.each([
    [48.9, "households", 0, "49 households"],
    [17.58, "miles", 1, "17.6 miles"],
    [33.333, "%", 0, "33%"],
  ])("an expected %d %s to %d decimals", (value, unit, decimals, text) => {
    expect(withUnit(value, unit, "en-US", decimals)).toBe(text);
  });

  it("uses the reader's number format", () => {
    expect(formatValue(1234.5, "de-DE")).toBe("1.234,5");
  });

  it("keeps each locale's format apart when formats are reused", () => {
    expect([formatValue(1234.5, "de-DE"), formatValue(1234.5, "en-US"), formatValue(1234.5, "de-DE")]).toEqual([
      "1.234,5",
      "1,234.5",
      "1.234,5",
    ]);
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        expect(formatValue(value, "en-US")).toBe(new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(value));
      }),
    );
  });
});
