import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { decodeStoredText } from "~/lib/storage/decode";
import {
  DEFAULT_CHECKS,
  DEFAULT_CRITERIA,
  type ScorecardData,
  MAX_CRITERIA,
  SCORE_CELLS_PER_PAGE,
  ScorecardSchema,
  candidatesPerPage,
  emptyScorecard,
  hasScorecardWork,
  scorecardTool,
} from "~/lib/scorecard/scorecard-tool";
import { criterion, scorecard } from "./fixtures";

const valid = (): ScorecardData => ({
  ...scorecardTool.empty(),
  scores: [{ organizationId: "g", criterionId: "criterion-1", score: 4 }],
  answers: [{ organizationId: "g", criterionId: "criterion-2", met: true }],
  diligence: [{ organizationId: "g", checkId: "check-1", status: "done", note: "Seen", date: "2026-12-01" }],
});

describe("ScorecardSchema", () => {
  it("starts with the six default criteria, equally weighted, and the eight checks", () => {
    const empty = scorecardTool.empty();
    expect(empty.criteria.map((c) => c.name)).toEqual([
      "Mission fit",
      "Capacity to deliver",
      "Reputation and community trust",
      "Resources they bring",
      "Track record and financial health",
      "Shared values and culture",
    ]);
    expect(empty.criteria.every((c) => c.weight === 1 && !c.nonNegotiable)).toBe(true);
    expect(empty.checks).toHaveLength(8);
    expect(v.safeParse(ScorecardSchema, empty).success).toBe(true);
    expect(v.safeParse(ScorecardSchema, valid()).success).toBe(true);
  });

  it("hands out copies, so an edit of one empty scorecard cannot reach the defaults", () => {
    expect(scorecardTool.empty().criteria[0]).not.toBe(DEFAULT_CRITERIA[0]);
    expect(scorecardTool.empty().checks[0]).not.toBe(DEFAULT_CHECKS[0]);
  });

  it.each([
    ["a zero weight", (d: ScorecardData) => (d.criteria[0]!.weight = 0)],
    ["a negative weight", (d: ScorecardData) => (d.criteria[0]!.weight = -2)],
    ["an infinite weight", (d: ScorecardData) => (d.criteria[0]!.weight = Number.POSITIVE_INFINITY)],
    ["a weight over 1000", (d: ScorecardData) => (d.criteria[0]!.weight = 1001)],
    ["two criteria named alike", (d: ScorecardData) => (d.criteria[1]!.name = " MISSION  fit")],
    ["21 criteria", (d: ScorecardData) => d.criteria.push(...Array.from({ length: 15 }, (_, i) => criterion(`x${i}`)))],
    ["a score of 6", (d: ScorecardData) => (d.scores[0]!.score = 6)],
    ["a score of 2.5", (d: ScorecardData) => (d.scores[0]!.score = 2.5)],
    ["two scores for one pair", (d: ScorecardData) => d.scores.push({ ...d.scores[0]!, score: 2 })],
    ["two answers for one pair", (d: ScorecardData) => d.answers.push({ ...d.answers[0]!, met: false })],
    ["an unknown check status", (d: ScorecardData) => (d.diligence[0]!.status = "maybe" as never)],
    ["a date that is not a day", (d: ScorecardData) => (d.diligence[0]!.date = "2026-02-30")],
    ["two checks named alike", (d: ScorecardData) => (d.checks[1]!.name = "insurance certificates")],
  ])("refuses %s, on import too", (_, change) => {
    const data = valid();
    change(data);
    expect(v.safeParse(ScorecardSchema, data).success).toBe(false);
    const record = JSON.stringify({ app: "pivotpath", tool: "scorecard", version: 1, savedAt: 1, data });
    expect(decodeStoredText(scorecardTool, record)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it.each([
    [scorecardTool.empty(), ""],
    [valid(), "1 organization scored"],
    [scorecard([criterion("a")], { x: [1], y: [2] }), "2 organizations scored"],
  ])("summarizes as %j", (data, text) => {
    expect(scorecardTool.summarize(data)).toBe(text);
  });
});

describe("hasScorecardWork", () => {
  it.each([
    ["a new scorecard", (d: ScorecardData) => d, false],
    ["a score", (d: ScorecardData) => ({ ...d, scores: [{ organizationId: "a", criterionId: "criterion-1", score: 3 }] }), true],
    ["an answer", (d: ScorecardData) => ({ ...d, answers: [{ organizationId: "a", criterionId: "criterion-1", met: true }] }), true],
    ["a weight changed", (d: ScorecardData) => ({ ...d, criteria: d.criteria.map((c, i) => (i === 0 ? { ...c, weight: 2 } : c)) }), true],
    ["a check removed", (d: ScorecardData) => ({ ...d, checks: d.checks.slice(1) }), true],
  ])("%s: %s", (_, change, expected) => {
    expect(hasScorecardWork(change(emptyScorecard()))).toBe(expected);
  });
});

describe("candidatesPerPage", () => {
  it("shows ten candidates while the rows are short, fewer as criteria are added, and at least one", () => {
    expect([0, 1, 6, 10, 11, 14, 20, 1000].map(candidatesPerPage)).toEqual([10, 10, 10, 10, 9, 7, 5, 1]);
  });

  it("never shows more cells than a page holds, for every number of criteria the scorecard accepts", () => {
    for (let criteria = 1; criteria <= MAX_CRITERIA; criteria++) {
      expect(candidatesPerPage(criteria) * criteria, `${criteria} criteria`).toBeLessThanOrEqual(SCORE_CELLS_PER_PAGE);
    }
  });
});
