import { describe, expect, it } from "vitest";
import { addKpi, addMeasurement, deleteKpi, deleteMeasurement, editKpi, newKpi, newMeasurement } from "~/lib/kpis/kpis-edits";
import { emptyKpiFields, readKpiFields } from "~/lib/kpis/kpi-input";
import type { KpisData } from "~/lib/kpis/kpis-tool";

const read = readKpiFields({
  ...emptyKpiFields(),
  name: "Households served",
  baseline: "0",
  target: "400",
  startDate: "2027-03-01",
  targetDate: "2028-02-29",
});
if (!read.ok) throw new Error("the plan must read");
const plan = read.value;

const measurement = newMeasurement({ date: "2027-06-30", value: 200, note: "" }, "m1");
const data: KpisData = {
  kpis: [{ ...newKpi(plan, "a"), measurements: [measurement] }, newKpi({ ...plan, name: "Classes held" }, "b")],
};

describe("KPI edits", () => {
  it("adds a KPI at the end, with no measurements", () => {
    const next = addKpi(data, newKpi({ ...plan, name: "Travel distance" }, "c"));
    expect(next.kpis.map((k) => k.id)).toEqual(["a", "b", "c"]);
    expect(next.kpis[2]?.measurements).toEqual([]);
    expect(next.kpis[0]).toBe(data.kpis[0]);
  });

  it.each<[string, (d: KpisData) => KpisData, string[] | null]>([
    ["edit a KPI's target", (d) => editKpi(d, "b", { target: 40 }), ["b"]],
    ["edit two fields of a KPI", (d) => editKpi(d, "a", { name: "Households", unit: "homes" }), ["a"]],
    ["delete a KPI", (d) => deleteKpi(d, "a"), []],
    ["record a measurement", (d) => addMeasurement(d, "b", newMeasurement({ date: "2027-07-01", value: 3, note: "" }, "m2")), ["b"]],
    ["delete a measurement", (d) => deleteMeasurement(d, "a", "m1"), ["a"]],
    ["edit a KPI to what it is", (d) => editKpi(d, "a", { name: "Households served", target: 400 }), null],
    ["edit a KPI that is gone", (d) => editKpi(d, "gone", { target: 1 }), null],
    ["delete a KPI that is gone", (d) => deleteKpi(d, "gone"), null],
    ["record a measurement for a KPI that is gone", (d) => addMeasurement(d, "gone", measurement), null],
    ["delete a measurement that is gone", (d) => deleteMeasurement(d, "a", "gone"), null],
  ])("%s: only that KPI is new", (_, edit, changed) => {
    const next = edit(data);
    if (changed === null) {
      expect(next).toBe(data);
      return;
    }
    expect(next).not.toBe(data);
    for (const kpi of next.kpis) {
      const before = data.kpis.find((k) => k.id === kpi.id);
      if (changed.includes(kpi.id)) expect(kpi).not.toBe(before);
      else expect(kpi).toBe(before);
    }
  });

  it("keeps the other KPIs' order when one is deleted", () => {
    const three = addKpi(data, newKpi(plan, "c"));
    expect(deleteKpi(three, "b").kpis.map((k) => k.id)).toEqual(["a", "c"]);
  });
});
