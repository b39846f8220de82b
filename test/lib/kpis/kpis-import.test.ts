import { describe, expect, it } from "vitest";
import { type Kpi, kpisTool } from "~/lib/kpis/kpis-tool";
import { decodeRecord } from "~/lib/storage/decode";
import { readWorkspace } from "~/lib/storage/workspace";
import { TOOLS } from "~/lib/tools";
import { FakeStorage } from "../../support/fake-storage";

const households: Kpi = {
  id: "k1",
  name: "Households served",
  level: "output",
  unit: "households",
  direction: "increase",
  baseline: 0,
  target: 400,
  startDate: "2027-03-01",
  targetDate: "2028-02-29",
  source: "",
  method: "",
  frequency: "monthly",
  responsible: "",
  responsibleOrganizationId: null,
  onTrackMargin: 10,
  atRiskMargin: 25,
  measurements: [{ id: "m1", date: "2027-06-30", value: 200, note: "" }],
};

const record = (kpis: Kpi[]) => ({ app: "pivotpath", tool: "kpis", version: 1, savedAt: 5, data: { kpis } });
const workspace = (kpis: Kpi[]) =>
  JSON.stringify({
    app: "pivotpath",
    kind: "workspace",
    format: 1,
    exportedAt: "2027-07-01T00:00:00.000Z",
    records: { kpis: record(kpis) },
  });

describe("KPIs from storage and files keep the form's rules", () => {
  it("imports a workspace whose KPIs keep them", () => {
    expect(readWorkspace(workspace([households]), TOOLS, new FakeStorage())).toMatchObject({ ok: true });
  });

  it.each<[string, Partial<Kpi>, string]>([
    [
      "a target date before the start date",
      { targetDate: "2027-02-01" },
      "The file was refused. KPI tracker: The target date of “Households served” is before its start date.",
    ],
    [
      "a baseline of −1e308 with a target of 1e308",
      { baseline: -1e308, target: 1e308, measurements: [] },
      "The file was refused. KPI tracker: The baseline, target and measured values of “Households served” are too far apart to measure progress.",
    ],
    [
      "a measurement of 1e308 against a baseline of −1e308",
      { baseline: -1e308, target: -1e308 + 1e292, measurements: [{ id: "m1", date: "2027-06-30", value: 1e308, note: "" }] },
      "The file was refused. KPI tracker: The baseline, target and measured values of “Households served” are too far apart to measure progress.",
    ],
  ])("refuses a workspace import with %s, saying so in words", (_, change, message) => {
    expect(readWorkspace(workspace([households, { ...households, ...change, id: "k2" }]), TOOLS, new FakeStorage())).toEqual({
      ok: false,
      message,
    });
  });

  it("refuses such a record in storage too (the one load path)", () => {
    const decoded = decodeRecord(kpisTool, record([{ ...households, targetDate: "2026-12-31" }]));
    expect(decoded).toMatchObject({ ok: false, reason: "invalid" });
  });
});
