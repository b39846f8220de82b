import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_HIGH_FROM, IAP2_LEVELS } from "~/lib/engagement/engagement-tool";
import { IAP2_LABEL, IAP2_PROMISE, SUGGESTED_LEVEL, engagementLevel, suggestedLevel } from "~/lib/engagement/iap2";
import { QUADRANTS, QUADRANT_LABEL, byQuadrant, clampScore, quadrantOf } from "~/lib/engagement/power-interest";
import { stakeholder } from "./sample";

describe.each([
  // power, interest, high from, quadrant
  [5, 5, 3, "Manage closely"],
  [3, 3, 3, "Manage closely"],
  [3, 2, 3, "Keep satisfied"],
  [2, 3, 3, "Keep informed"],
  [2, 2, 3, "Monitor"],
  [1, 5, 3, "Keep informed"],
  [5, 1, 3, "Keep satisfied"],
  [3, 3, 4, "Monitor"],
  [4, 3, 4, "Keep satisfied"],
  [3, 5, 4, "Keep informed"],
  [2, 2, 2, "Manage closely"],
  [1, 2, 2, "Keep informed"],
  [4, 4, 5, "Monitor"],
  [5, 5, 5, "Manage closely"],
])("power %d, interest %d, high from %d", (power, interest, highFrom, label) => {
  it(`is in ${label}`, () => expect(QUADRANT_LABEL[quadrantOf(power, interest, highFrom)]).toBe(label));
});

it("high starts at 3 by default", () => expect(DEFAULT_HIGH_FROM).toBe(3));

describe("clampScore", () => {
  it.each([
    [0, 1],
    [1, 1],
    [3, 3],
    [6, 5],
    [-40, 1],
    [2.6, 3],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 5],
    [Number.NEGATIVE_INFINITY, 1],
  ])("%d → %d", (score, expected) => expect(clampScore(score)).toBe(expected));
});

describe("byQuadrant", () => {
  it("groups in map order", () => {
    const groups = byQuadrant([stakeholder("a", 5, 5), stakeholder("b", 1, 1), stakeholder("c", 4, 3)], 3);
    expect(Object.fromEntries(QUADRANTS.map((q) => [q, groups[q].map((s) => s.id)]))).toEqual({
      "manage-closely": ["a", "c"],
      "keep-satisfied": [],
      "keep-informed": [],
      monitor: ["b"],
    });
  });
});

describe("IAP2 suggestions (the guide's rule, not IAP2's)", () => {
  it.each([
    [5, 5, "Collaborate"],
    [1, 5, "Involve"],
    [5, 1, "Consult"],
    [1, 1, "Inform"],
  ])("power %d, interest %d → %s", (power, interest, level) => {
    expect(IAP2_LABEL[suggestedLevel(stakeholder("s", power, interest), 3)]).toBe(level);
  });
  it("follows the threshold setting", () => {
    expect(suggestedLevel(stakeholder("s", 3, 3), 3)).toBe("collaborate");
    expect(suggestedLevel(stakeholder("s", 3, 3), 4)).toBe("inform");
  });
  it("never suggests Empower", () => expect(Object.values(SUGGESTED_LEVEL)).not.toContain("empower"));
  it("gives way to the reader's choice", () => {
    expect(engagementLevel(stakeholder("s", 1, 1), 3)).toEqual({ level: "inform", suggested: true });
    expect(engagementLevel(stakeholder("s", 1, 1, { level: "empower" }), 3)).toEqual({ level: "empower", suggested: false });
  });
  it("words every level's promise as one sentence", () => {
    for (const level of IAP2_LEVELS) expect(IAP2_PROMISE[level]).toMatch(/^[A-Z][^.]*\.$/);
  });
  it("always suggests a level, whatever the scores and threshold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 2, max: 5 }), (p, i, high) => {
        expect(IAP2_LEVELS).toContain(suggestedLevel(stakeholder("s", p, i), high));
      }),
    );
  });
});
