import { describe, expect, it } from "vitest";
import {
  type KpiFacts,
  dateProblem,
  datesOrderProblem,
  figuresProblem,
  kpiProblem,
  kpisProblem,
  marginsProblem,
  spreadIsFinite,
} from "~/lib/kpis/kpi-rules";

const households: KpiFacts = {
  name: "Households served",
  baseline: 0,
  target: 400,
  startDate: "2027-03-01",
  targetDate: "2028-02-29",
  onTrackMargin: 10,
  atRiskMargin: 25,
  measurements: [{ date: "2027-06-30", value: 200 }],
};

describe("each rule, as the form says it and as a record names its KPI", () => {
  it.each([
    ["2027-03-01", "2027-03-01", null, null],
    ["2027-03-01", "2028-02-29", null, null],
    [
      "2027-03-01",
      "2027-02-28",
      "The target date must not be before the start date.",
      "The target date of “Households served” is before its start date",
    ],
  ])("dates %s to %s", (start, target, form, record) => {
    expect(datesOrderProblem(start, target)).toBe(form);
    expect(datesOrderProblem(start, target, "Households served")).toBe(record);
  });

  it.each([
    [10, 25, null],
    [10, 10, null],
    [20, 15, "The at-risk margin of “Households served” is below its on-track margin"],
  ])("margins %d and %d", (onTrack, atRisk, record) => {
    expect(marginsProblem(onTrack, atRisk, "Households served")).toBe(record);
    expect(marginsProblem(onTrack, atRisk) === null).toBe(record === null);
  });

  it.each([
    [[], true],
    [[5], true],
    [[-1e308, 0], true],
    [[-1e308, 1e308], false],
    [[Number.MAX_VALUE, -Number.MAX_VALUE], false],
    [[1e308, 1e308, 0.5], true],
    [[0, 400, 200], true],
  ])("figures %j can be compared: %s", (values, finite) => {
    expect(spreadIsFinite(values)).toBe(finite);
    expect(figuresProblem(values) === null).toBe(finite);
  });

  it("names the KPI whose figures overflow", () => {
    expect(figuresProblem([-1e308, 1e308], "Households served")).toBe(
      "The baseline, target and measured values of “Households served” are too far apart to measure progress",
    );
  });

  it.each([
    ["", "Enter the start date."],
    ["2027-02-30", "Enter the start date as a calendar date (yyyy-mm-dd)."],
    ["1989-12-31", "Enter a start date between 1990 and 2100."],
    ["2027-02-28", null],
  ])("the form's date %j", (iso, message) => {
    expect(dateProblem(iso, "start date")).toBe(message);
  });
});

describe("the first rule a stored KPI breaks", () => {
  it.each<[string, Partial<KpiFacts>, string | null]>([
    ["none", {}, null],
    ["target date before the start date", { targetDate: "2027-02-01" }, "The target date of “Households served” is before its start date"],
    [
      "figures that overflow",
      { baseline: -1e308, target: 1e308, measurements: [] },
      "The baseline, target and measured values of “Households served” are too far apart to measure progress",
    ],
    [
      "a measurement that overflows against the baseline",
      { baseline: -1e308, target: 0, measurements: [{ date: "2027-06-30", value: 1e308 }] },
      "The baseline, target and measured values of “Households served” are too far apart to measure progress",
    ],
    ["margins out of order", { onTrackMargin: 30 }, "The at-risk margin of “Households served” is below its on-track margin"],
    ["a start date in 1900", { startDate: "1900-01-01" }, "The start date of “Households served” is not between 1990 and 2100"],
    [
      "a measurement dated 2400",
      { measurements: [{ date: "2400-01-01", value: 1 }] },
      "The measurement of “Households served” dated 2400-01-01 is not between 1990 and 2100",
    ],
  ])("%s", (_, change, message) => {
    expect(kpiProblem({ ...households, ...change })).toBe(message);
  });

  it("of several KPIs, names the first that breaks one", () => {
    const late = { ...households, name: "Classes held", targetDate: "2026-01-01" };
    expect(kpisProblem([households, late, { ...late, name: "Other" }])).toMatch(/“Classes held”/);
    expect(kpisProblem([households])).toBeNull();
  });
});
