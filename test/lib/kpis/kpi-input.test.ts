import { describe, expect, it } from "vitest";
import { type KpiFields, dateProblem, emptyKpiFields, kpiToFields, readKpiFields, readMeasurementFields } from "~/lib/kpis/kpi-input";
import { kpisExample } from "~/lib/kpis/kpis-example";

const good: KpiFields = {
  ...emptyKpiFields(),
  name: "  Households served  ",
  unit: "households",
  baseline: "0",
  target: "1.234,5",
  startDate: "2027-03-01",
  targetDate: "2028-02-29",
};

describe("reading the KPI form", () => {
  it("accepts a complete KPI, trims text and reads decimal commas", () => {
    const read = readKpiFields(good, "de-DE");
    expect(read).toMatchObject({
      ok: true,
      value: { name: "Households served", baseline: 0, target: 1234.5, onTrackMargin: 10, atRiskMargin: 25 },
    });
  });

  it.each<[string, Partial<KpiFields>, keyof KpiFields, RegExp]>([
    ["an empty name", { name: "   " }, "name", /Give the KPI a name/],
    ["a name too long", { name: "x".repeat(201) }, "name", /200 characters/],
    ["a baseline that is not a number", { baseline: "lots" }, "baseline", /as a number/],
    ["an empty target", { target: "" }, "target", /Enter the target/],
    ["a missing start date", { startDate: "" }, "startDate", /Enter the start date/],
    ["30 February", { targetDate: "2027-02-30" }, "targetDate", /calendar date/],
    ["a target date before the start date", { targetDate: "2027-02-28" }, "targetDate", /must not be before the start date/],
    ["figures too far apart to compare", { baseline: `-1${"0".repeat(308)}`, target: `1${"0".repeat(308)}` }, "target", /too far/],
    ["a start date in 1989", { startDate: "1989-12-31" }, "startDate", /between 1990 and 2100/],
    ["a target date in 2101", { targetDate: "2101-01-01" }, "targetDate", /between 1990 and 2100/],
    ["a margin over 100", { onTrackMargin: "120" }, "onTrackMargin", /0 to 100/],
    [
      "an at-risk margin below the on-track one",
      { onTrackMargin: "20", atRiskMargin: "15" },
      "atRiskMargin",
      /at least the on-track margin/,
    ],
  ])("refuses %s at its field", (_, change, field, message) => {
    const read = readKpiFields({ ...good, ...change });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[field]).toMatch(message);
  });

  it("refuses a new baseline too far from the values the KPI already holds", () => {
    const read = readKpiFields({ ...good, baseline: `-1${"0".repeat(308)}`, target: "0" }, "en-US", [1e308]);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.target).toMatch(/too far from the KPI's other figures/);
  });

  it("accepts a start date equal to the target date and a contradictory target (flagged elsewhere)", () => {
    expect(readKpiFields({ ...good, targetDate: "2027-03-01" }).ok).toBe(true);
    expect(readKpiFields({ ...good, direction: "decrease" }).ok).toBe(true);
  });

  it("gives back an example KPI unchanged through its edit form", () => {
    for (const kpi of kpisExample().kpis) {
      const { id: _id, measurements: _m, ...plan } = kpi;
      expect(readKpiFields(kpiToFields(plan), "en-US")).toEqual({ ok: true, value: plan });
    }
  });
});

describe("reading the measurement form", () => {
  const kpis = [{ id: "k1", baseline: 0, target: 400, measurements: [] }];
  const farBelow = [{ id: "k1", baseline: -1e308, target: 0, measurements: [] }];

  it("accepts a date and a value", () => {
    expect(readMeasurementFields({ kpiId: "k1", date: "2028-02-29", value: "12,5", note: " ok " }, kpis)).toEqual({
      ok: true,
      value: { kpiId: "k1", date: "2028-02-29", value: 12.5, note: "ok" },
    });
  });

  it.each([
    ["no KPI yet", [], { kpiId: "" }, "kpiId", /Add a KPI first/],
    ["an unknown KPI", kpis, { kpiId: "gone" }, "kpiId", /Choose the KPI/],
    ["a non-numeric value", kpis, { value: "12 apples" }, "value", /as a number/],
    ["a date in 3027", kpis, { date: "3027-01-01" }, "date", /between 1990 and 2100/],
    ["no date", kpis, { date: "" }, "date", /Enter the date/],
    ["a value too far from the baseline", farBelow, { value: `1${"0".repeat(308)}` }, "value", /too far/],
  ] as const)("refuses %s", (_, list, change, field, message) => {
    const read = readMeasurementFields({ kpiId: "k1", date: "2027-05-01", value: "3", note: "", ...change }, list);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[field]).toMatch(message);
  });
});

describe("date range", () => {
  it.each([
    ["1990-01-01", null],
    ["2100-12-31", null],
    ["2028-02-29", null],
    ["2027-02-29", /calendar date/],
    ["1900-02-28", /between 1990 and 2100/],
  ])("%s", (iso, problem) => {
    const found = dateProblem(iso, "date");
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});
