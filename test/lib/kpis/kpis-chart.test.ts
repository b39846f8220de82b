import { describe, expect, it } from "vitest";
import { SERIES } from "~/lib/charts/theme";
import { dayNumber } from "~/lib/dates";
import { buildKpiChart, kpiChartData } from "~/lib/kpis/kpis-chart";
import { kpisExample } from "~/lib/kpis/kpis-example";
import type { Kpi } from "~/lib/kpis/kpis-tool";
import { formatValue, formatGap, withUnit } from "~/lib/kpis/kpi-format";

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
      { x: dayNumber("2027-04-03"), y: 95 },
      { x: dayNumber("2027-06-05"), y: 210 },
      { x: dayNumber("2027-08-28"), y: 290 },
    ]);
    expect(expected?.data).toEqual([
      { x: dayNumber("2027-03-01"), y: 0 },
      { x: dayNumber("2028-02-29"), y: 400 },
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
    expect(x?.max).toBe(dayNumber("2028-02-29"));
  });

  it("labels the date axis with calendar dates", () => {
    const config = buildKpiChart(kpiChartData(households) as NonNullable<ReturnType<typeof kpiChartData>>, theme);
    const callback = (config.options?.scales?.["x"]?.ticks as { callback: (v: number) => string }).callback;
    expect(callback(dayNumber("2028-02-29") ?? 0)).toMatch(/29|Feb/);
  });
});

describe("KPI number formats", () => {
  it.each([
    [290, "households", "290 households"],
    [20, "%", "20%"],
    [1.666, "", "1.67"],
  ])("%d %s", (value, unit, text) => {
    expect(withUnit(value, unit, "en-US")).toBe(text);
  });

  it.each([
    [23.4, "+23 points"],
    [-12.6, "−13 points"],
    [0.3, "0 points"],
    [1, "+1 point"],
  ])("gap %d", (points, text) => {
    expect(formatGap(points)).toBe(text);
  });

  it("uses the reader's number format", () => {
    expect(formatValue(1234.5, "de-DE")).toBe("1.234,5");
  });
});
