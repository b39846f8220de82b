import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { setCheckStatus } from "~/lib/scorecard/diligence";
import { scorecardCsv, scorecardCsvFileName } from "~/lib/scorecard/scorecard-csv";
import { criterion, scorecard } from "./fixtures";

const criteria = [criterion("fit", { name: "Mission fit", weight: 2 }), criterion("gate", { name: "=No ads", nonNegotiable: true })];
const data = setCheckStatus(
  {
    ...scorecard(criteria, { a: [4], b: [3], c: [5], d: [] }, { a: { gate: true }, b: { gate: true }, c: { gate: false } }),
    checks: [{ id: "k", name: "Insurance" }],
  },
  "a",
  "k",
  "done",
);
const candidates = [
  { id: "a", name: "Greenleaf Grocers" },
  { id: "b", name: '@Harbor, "City" Parks' },
  { id: "c", name: "Valley Fresh" },
  { id: "d", name: "Schools" },
];

describe("scorecardCsv", () => {
  const rows = parseCsv(scorecardCsv(data, candidates));

  it("has a header naming each criterion with its weight, or as a non-negotiable (formula-safe)", () => {
    expect(rows[0]).toEqual([
      "Rank",
      "Organization",
      "Weighted score",
      "Mission fit (weight 2)",
      "'=No ads (non-negotiable)",
      "Standing",
      "Due diligence",
    ]);
  });

  it("lists candidates in ranking order with numbers as numbers and text made safe", () => {
    expect(rows.slice(1)).toEqual([
      ["1", "Greenleaf Grocers", "4", "4", "Yes", "Ranked", "1 of 1 done"],
      ["2", '\'@Harbor, "City" Parks', "3", "3", "Yes", "Ranked", "0 of 1 done"],
      ["", "Valley Fresh", "5", "5", "No", "Excluded: does not meet “=No ads”", "0 of 1 done"],
      ["", "Schools", "", "", "No", "Excluded: does not meet “=No ads”", "0 of 1 done"],
    ]);
  });

  it("marks ties in the standing column", () => {
    const tied = parseCsv(scorecardCsv(scorecard([criterion("fit")], { a: [3], b: [3] }), candidates.slice(0, 2)));
    expect(tied.slice(1).map((r) => [r[0], r[4]])).toEqual([
      ["1", "Ranked 1 (tied)"],
      ["1", "Ranked 1 (tied)"],
    ]);
  });

  it("names the file by day", () => {
    expect(scorecardCsvFileName("2027-03-01")).toBe("pivotpath-partner-scorecard-2027-03-01.csv");
  });
});
