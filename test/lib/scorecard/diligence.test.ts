import { describe, expect, it } from "vitest";
import {
  addCheck,
  diligenceSummary,
  diligenceText,
  entryOf,
  removeCheck,
  renameCheck,
  setCheckDate,
  setCheckNote,
  setCheckStatus,
} from "~/lib/scorecard/diligence";
import { type CheckStatus, type ScorecardData, scorecardTool } from "~/lib/scorecard/scorecard-tool";

const withStatuses = (statuses: CheckStatus[]): ScorecardData => {
  const data = scorecardTool.empty();
  return statuses.reduce((d, status, i) => setCheckStatus(d, "g", `check-${i + 1}`, status), data);
};

describe("diligence summary", () => {
  it.each([
    [[], "0 of 8 done"],
    [["done", "done", "done", "done", "done", "in-progress", "concern"], "5 of 8 done, 1 concern"],
    [["concern", "concern"], "0 of 8 done, 2 concerns"],
    [Array<CheckStatus>(8).fill("done"), "8 of 8 done"],
  ] as const)("%j → %s", (statuses, text) => {
    expect(diligenceText(diligenceSummary(withStatuses([...statuses]), "g"))).toBe(text);
  });

  it("counts per candidate and against the current checklist", () => {
    const data = withStatuses(["done", "in-progress"]);
    expect(diligenceSummary(data, "g")).toEqual({ total: 8, done: 1, inProgress: 1, concern: 0 });
    expect(diligenceSummary(data, "other")).toEqual({ total: 8, done: 0, inProgress: 0, concern: 0 });
    expect(diligenceSummary(removeCheck(data, "check-1"), "g")).toEqual({ total: 7, done: 0, inProgress: 1, concern: 0 });
  });
});

describe("diligence entries", () => {
  it("starts every check not started, then keeps status, note and date", () => {
    const empty = scorecardTool.empty();
    expect(entryOf(empty, "g", "check-3")).toEqual({ organizationId: "g", checkId: "check-3", status: "not-started", note: "", date: "" });
    let data = setCheckStatus(empty, "g", "check-3", "concern");
    data = setCheckNote(data, "g", "check-3", "Certificate expired in 2025");
    data = setCheckDate(data, "g", "check-3", "2026-12-10");
    expect(data.diligence).toEqual([
      { organizationId: "g", checkId: "check-3", status: "concern", note: "Certificate expired in 2025", date: "2026-12-10" },
    ]);
  });

  const data = withStatuses(["done"]);
  it.each([
    ["the same status", (d: ScorecardData) => setCheckStatus(d, "g", "check-1", "done")],
    ["an unknown check", (d: ScorecardData) => setCheckStatus(d, "g", "zz", "done")],
    ["a note past the limit", (d: ScorecardData) => setCheckNote(d, "g", "check-1", "x".repeat(1001))],
    ["a date that is no day", (d: ScorecardData) => setCheckDate(d, "g", "check-1", "2027-02-29")],
    ["a check with a taken name", (d: ScorecardData) => addCheck(d, { id: "new", name: "insurance  CERTIFICATES" })],
    ["a check with a taken id", (d: ScorecardData) => addCheck(d, { id: "check-1", name: "New" })],
    ["a rename to the same name", (d: ScorecardData) => renameCheck(d, "check-3", "Insurance certificates")],
    ["a rename to a taken name", (d: ScorecardData) => renameCheck(d, "check-3", "Conflicts of interest")],
    ["removing an unknown check", (d: ScorecardData) => removeCheck(d, "zz")],
  ])("%s changes nothing", (_, edit) => {
    expect(edit(data)).toBe(data);
  });

  it("adds, renames and removes checklist items; removing drops their entries", () => {
    let next = addCheck(data, { id: "food", name: " Food-safety  inspection reports " });
    next = renameCheck(next, "food", "Food-safety inspections");
    expect(next.checks.at(-1)).toEqual({ id: "food", name: "Food-safety inspections" });
    expect(removeCheck(next, "check-1").diligence).toEqual([]);
  });

  it("refuses a 31st check", () => {
    const full = { ...data, checks: Array.from({ length: 30 }, (_, i) => ({ id: `k${i}`, name: `Check ${i}` })) };
    expect(addCheck(full, { id: "new", name: "New" })).toBe(full);
  });
});
