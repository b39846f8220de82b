import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BANDS,
  type BandLimits,
  DEFAULT_LIMITS,
  POSSIBLE_SCORES,
  bandOf,
  bandRanges,
  describeBand,
  impactLabel,
  likelihoodLabel,
  limitProblem,
  limitsProblem,
  riskScore,
} from "~/lib/risks/scoring";

/** Any limits with 1 ≤ low < moderate < high < 25. */
const validLimits = fc.uniqueArray(fc.integer({ min: 1, max: 24 }), { minLength: 3, maxLength: 3 }).map((values) => {
  const [low, moderate, high] = [...values].sort((a, b) => a - b) as [number, number, number];
  return { low, moderate, high };
});

describe("riskScore", () => {
  it.each([
    [1, 1, 1],
    [2, 3, 6],
    [4, 5, 20],
    [5, 5, 25],
  ])("likelihood %i × impact %i = %i", (likelihood, impact, score) => {
    expect(riskScore(likelihood, impact)).toBe(score);
  });

  it("reaches only the 14 known scores", () => {
    expect(POSSIBLE_SCORES).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 16, 20, 25]);
  });
});

describe("scale words", () => {
  it.each([
    [1, "Rare", "Insignificant"],
    [3, "Possible", "Moderate"],
    [5, "Almost certain", "Severe"],
    [0, "", ""],
    [6, "", ""],
  ])("level %i is %s / %s", (level, likelihood, impact) => {
    expect(likelihoodLabel(level)).toBe(likelihood);
    expect(impactLabel(level)).toBe(impact);
  });
});

describe("bandOf with the NHS/NPSA defaults", () => {
  it.each([
    [1, "low"],
    [3, "low"],
    [4, "moderate"],
    [6, "moderate"],
    [8, "high"],
    [12, "high"],
    [15, "extreme"],
    [25, "extreme"],
  ])("score %i is %s", (score, band) => {
    expect(bandOf(score, DEFAULT_LIMITS)).toBe(band);
  });
});

describe("bandOf with custom limits", () => {
  const wide: BandLimits = { low: 4, moderate: 10, high: 16 };
  const tight: BandLimits = { low: 1, moderate: 2, high: 3 };
  it.each([
    [wide, 4, "low"],
    [wide, 5, "moderate"],
    [wide, 12, "high"],
    [wide, 16, "high"],
    [wide, 20, "extreme"],
    [tight, 1, "low"],
    [tight, 2, "moderate"],
    [tight, 3, "high"],
    [tight, 4, "extreme"],
  ])("%j: score %i is %s", (limits, score, band) => {
    expect(bandOf(score, limits)).toBe(band);
  });
});

describe("limitsProblem", () => {
  it.each([
    [{ low: 3, moderate: 6, high: 12 }, null],
    [{ low: 1, moderate: 2, high: 24 }, null],
    [{ low: 0, moderate: 6, high: 12 }, "low"],
    [{ low: 2.5, moderate: 6, high: 12 }, "low"],
    [{ low: Number.NaN, moderate: 6, high: 12 }, "low"],
    [{ low: 6, moderate: 6, high: 12 }, "moderate"],
    [{ low: 3, moderate: 12, high: 12 }, "high"],
    [{ low: 3, moderate: 6, high: 25 }, "high"],
    [{ low: 3, moderate: 30, high: 40 }, "moderate"],
  ])("%j → %s", (limits, field) => {
    expect(limitsProblem(limits)?.field ?? null).toBe(field);
  });
});

describe("describeBand", () => {
  it.each([
    [DEFAULT_LIMITS, "low", "1–3"],
    [DEFAULT_LIMITS, "moderate", "4–6"],
    [DEFAULT_LIMITS, "high", "8–12"],
    [DEFAULT_LIMITS, "extreme", "15–25"],
    [{ low: 4, moderate: 10, high: 11 }, "high", "no reachable score"],
    [{ low: 4, moderate: 10, high: 24 }, "extreme", "25"],
  ] as const)("%j %s covers %s", (limits, band, text) => {
    expect(describeBand(band, limits)).toBe(text);
  });
});

describe("bands for any valid limits", () => {
  it("give every score from 1 to 25 exactly one band, the one bandOf names", () => {
    fc.assert(
      fc.property(validLimits, (limits) => {
        expect(limitsProblem(limits)).toBeNull();
        const ranges = bandRanges(limits);
        for (let score = 1; score <= 25; score++) {
          const holding = ranges.filter((r) => score >= r.min && score <= r.max);
          expect(holding).toHaveLength(1);
          expect(holding[0]?.band).toBe(bandOf(score, limits));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never rank a higher score in a lower band", () => {
    fc.assert(
      fc.property(validLimits, fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 25 }), (limits, a, b) => {
        const [lower, higher] = a <= b ? [a, b] : [b, a];
        expect(BANDS.indexOf(bandOf(lower, limits))).toBeLessThanOrEqual(BANDS.indexOf(bandOf(higher, limits)));
      }),
    );
  });
});

describe("limitProblem", () => {
  it.each([
    ["low", 2, null],
    ["low", 0, "Use 1 or more."],
    ["low", 6, "Use a number below the band above it (6)."],
    ["moderate", 10, null],
    ["moderate", 3, "Use a number above the band below it (3)."],
    ["moderate", 12, "Use a number below the band above it (12)."],
    ["high", 5, "Use a number above the band below it (6)."],
    ["high", 24, null],
    ["high", 25, "Use a number below 25, so the Extreme band keeps at least the top score."],
    ["high", 12.5, "Use a whole number."],
  ] as const)("%s %d under the defaults", (field, value, expected) => {
    expect(limitProblem(DEFAULT_LIMITS, field, value)).toBe(expected);
  });

  it("agrees with limitsProblem on every value of every field", () => {
    fc.assert(
      fc.property(fc.constantFrom("low", "moderate", "high" as const), fc.integer({ min: -2, max: 27 }), (field, value) => {
        const next = { ...DEFAULT_LIMITS, [field]: value };
        expect(limitProblem(DEFAULT_LIMITS, field, value) === null).toBe(limitsProblem(next) === null);
      }),
    );
  });
});
