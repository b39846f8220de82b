import { describe, expect, it } from "vitest";
import { addRisk, deleteRisk, editRisk, setLimits } from "~/lib/risks/risks-edits";
import { type RisksData, risksTool } from "~/lib/risks/risks-tool";
import { aRisk } from "../../support/risk-fixtures";

const first = aRisk({ id: "a", title: "First" });
const second = aRisk({ id: "b", title: "Second" });
const data: RisksData = { ...risksTool.empty(), risks: [first, second] };

describe("addRisk", () => {
  it("adds the risk at the end, leaving the others as they were", () => {
    const third = aRisk({ id: "c" });
    const next = addRisk(data, third);
    expect(next.risks).toEqual([first, second, third]);
    expect(next.risks[0]).toBe(first);
    expect(data.risks).toHaveLength(2);
  });
});

describe("editRisk", () => {
  it.each([
    ["a title", { title: "Renamed" }],
    ["a level", { likelihood: 5 }],
    ["several fields", { owner: "Greenleaf Grocers", status: "closed" as const }],
  ])("changes %s of the risk with the id only", (_, change) => {
    const next = editRisk(data, "b", change);
    expect(next.risks[1]).toEqual({ ...second, ...change });
    expect(next.risks[0]).toBe(first);
  });

  it.each([
    ["no such risk", "zzz", { title: "Renamed" }],
    ["the same value", "a", { title: "First" }],
    ["no change at all", "a", {}],
  ])("returns the same data for %s", (_, id, change) => {
    expect(editRisk(data, id, change)).toBe(data);
  });
});

describe("deleteRisk", () => {
  it("removes the risk with the id", () => {
    expect(deleteRisk(data, "a").risks).toEqual([second]);
  });

  it("returns the same data when there is no such risk", () => {
    expect(deleteRisk(data, "zzz")).toBe(data);
  });
});

describe("setLimits", () => {
  it("sets new limits", () => {
    expect(setLimits(data, { low: 4, moderate: 10, high: 16 }).limits).toEqual({ low: 4, moderate: 10, high: 16 });
  });

  it("returns the same data for the same limits", () => {
    expect(setLimits(data, { low: 3, moderate: 6, high: 12 })).toBe(data);
  });
});
