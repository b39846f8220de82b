import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { KpisSchema, contradiction, kpisTool } from "~/lib/kpis/kpis-tool";
import { STATUS_LABEL, formatPercent, kpiReport } from "~/lib/kpis/progress";
import { decodeRecord, encodeRecord } from "~/lib/storage/decode";
import { TOOLS } from "~/lib/tools";

describe("KPI tracker definition", () => {
  it("is registered once, for step 8, at version 2 with one migration", () => {
    expect(TOOLS.filter((t) => t.id === "kpis")).toEqual([kpisTool]);
    expect(kpisTool).toMatchObject({ step: 8, version: 2, title: "KPI tracker" });
    expect(kpisTool.migrations).toHaveLength(1);
  });

  it("round-trips the example through the stored record", () => {
    const encoded = encodeRecord(kpisTool, kpisExample(), 5);
    expect(encoded.ok).toBe(true);
    const decoded = decodeRecord(kpisTool, JSON.parse(encoded.ok ? encoded.text : "null"));
    expect(decoded).toMatchObject({ ok: true, data: kpisExample() });
  });

  it.each([
    ["NaN baseline", (k: Record<string, unknown>) => ({ ...k, baseline: Number.NaN })],
    ["30 February", (k: Record<string, unknown>) => ({ ...k, startDate: "2027-02-30" })],
    ["blank name", (k: Record<string, unknown>) => ({ ...k, name: "   " })],
    ["unknown level", (k: Record<string, unknown>) => ({ ...k, level: "activity" })],
    ["margin above 100", (k: Record<string, unknown>) => ({ ...k, atRiskMargin: 101 })],
    [
      "note too long",
      (k: Record<string, unknown>) => ({ ...k, measurements: [{ id: "m", date: "2027-05-01", value: 1, note: "x".repeat(501) }] }),
    ],
  ])("refuses stored data with a %s", (_, spoil) => {
    const [first] = kpisExample().kpis;
    expect(v.safeParse(KpisSchema, { kpis: [spoil(first as unknown as Record<string, unknown>)] }).success).toBe(false);
  });

  it.each([
    [{ kpis: [] }, ""],
    [kpisExample(), "10 KPIs, 25 measurements"],
  ])("summarizes %#", (data, text) => {
    expect(kpisTool.summarize(data)).toBe(text);
  });
});

describe("contradictory targets", () => {
  it.each([
    ["decrease", 30, 10, null],
    ["decrease", 10, 30, /should decrease, but its target is above its baseline/],
    ["increase", 10, 30, null],
    ["increase", 30, 10, /should increase, but its target is below its baseline/],
    ["increase", 5, 5, null],
  ] as const)("%s from %d to %d", (direction, baseline, target, message) => {
    const found = contradiction({ direction, baseline, target });
    if (message === null) expect(found).toBeNull();
    else expect(found).toMatch(message);
  });
});

describe("the worked example", () => {
  const reports = kpisExample().kpis.map((k) => ({ name: k.name, ...kpiReport(k) }));

  it("shows every status word at least once", () => {
    const shown = new Set(reports.map((r) => STATUS_LABEL[r.status]));
    for (const word of ["Achieved", "On track", "At risk", "Off track", "No data"]) expect(shown).toContain(word);
  });

  it.each([
    ["Different households shopping at the market each month", "86%", "on-track"],
    ["Volunteer hours per month", "104%", "achieved"],
    ["Share of market sales paid with SNAP/EBT", "35%", "at-risk"],
    ["Average distance to buy fresh produce", "17%", "off-track"],
    ["Partner satisfaction with the partnership", "52%", "at-risk"],
  ])("%s: %s, %s", (name, percent, status) => {
    const report = reports.find((r) => r.name === name);
    expect(formatPercent(report?.progress ?? Number.NaN)).toBe(percent);
    expect(report?.status).toBe(status);
  });

  it("has no contradictory KPI and stays within the partnership's year", () => {
    for (const kpi of kpisExample().kpis) {
      expect(contradiction(kpi)).toBeNull();
      for (const m of kpi.measurements) expect(m.date >= kpi.startDate && m.date <= kpi.targetDate).toBe(true);
    }
  });
});
