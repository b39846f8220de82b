import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScore, scoreHundredths, scoresOf, weightedScore } from "~/lib/scorecard/weighted-score";
import { criterion, scorecard } from "./fixtures";

const weights = (...w: number[]) => w.map((weight, i) => criterion(`c${i}`, { weight }));

describe("weightedScore = Σ(weight × score) ÷ Σ weight", () => {
  it.each([
    ["equal weights: the average", weights(1, 1, 1), [3, 4, 5], 4],
    ["one criterion", weights(2), [3], 3],
    ["weights 3, 1", weights(3, 1), [5, 1], 4],
    ["weights 2, 1, 1", weights(2, 1, 1), [5, 4, 3], 4.25],
    ["decimal weights 0.1, 0.2", weights(0.1, 0.2), [5, 5], 5],
    ["decimal weights 1.5, 0.5", weights(1.5, 0.5), [2, 4], 2.5],
    ["all ones", weights(7, 9), [1, 1], 1],
    ["thirds", weights(1, 1, 1), [4, 4, 3], 11 / 3],
  ])("%s", (_, criteria, scores, expected) => {
    const data = scorecard(criteria, { a: scores });
    expect(weightedScore(criteria, scoresOf(data, "a"))).toBeCloseTo(expected, 10);
  });

  it.each([
    ["a criterion without a score", weights(1, 1), [3, null]],
    ["no criteria at all", [], []],
    ["only non-negotiables", [criterion("gate", { nonNegotiable: true })], [5]],
  ])("is null with %s", (_, criteria, scores) => {
    expect(weightedScore(criteria, scoresOf(scorecard(criteria, { a: scores }), "a"))).toBeNull();
  });

  it("leaves non-negotiables out", () => {
    const criteria = [criterion("w", { weight: 1 }), criterion("gate", { nonNegotiable: true, weight: 100 })];
    expect(weightedScore(criteria, scoresOf(scorecard(criteria, { a: [2, 5] }), "a"))).toBe(2);
  });
});

describe("formatScore", () => {
  it.each([
    [4, undefined, "4.00"],
    [11 / 3, undefined, "3.67"],
    [4.125, undefined, "4.13"],
    [2.5, "de-DE", "2,50"],
  ])("%f in %s → %s", (score, locale, text) => {
    expect(formatScore(score, locale)).toBe(text);
  });
});

describe("weightedScore properties", () => {
  const weight = fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.01, max: 1000, noNaN: true }));
  const rows = fc.array(fc.tuple(weight, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 20 });

  it("stays within 1–5, and between the lowest and highest score given", () => {
    fc.assert(
      fc.property(rows, (pairs) => {
        const criteria = weights(...pairs.map(([w]) => w));
        const scores = pairs.map(([, s]) => s);
        const score = weightedScore(criteria, scoresOf(scorecard(criteria, { a: scores }), "a"));
        expect(score).not.toBeNull();
        expect(score).toBeGreaterThanOrEqual(Math.max(1, Math.min(...scores)));
        expect(score).toBeLessThanOrEqual(Math.min(5, Math.max(...scores)));
      }),
      { numRuns: 500 },
    );
  });

  it("does not change when every weight is multiplied by the same factor", () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 2, max: 50 }), (pairs, factor) => {
        const scores = pairs.map(([, s]) => s);
        const one = weights(...pairs.map(([w]) => w));
        const scaled = weights(...pairs.map(([w]) => w * factor));
        const a = weightedScore(one, scoresOf(scorecard(one, { a: scores }), "a"));
        const b = weightedScore(scaled, scoresOf(scorecard(scaled, { a: scores }), "a"));
        expect(b).toBeCloseTo(a ?? Number.NaN, 9);
      }),
      { numRuns: 200 },
    );
  });
});

describe("scores in hundredths", () => {
  it.each([
    [189 / 40, 473, "4.73"],
    [4.725, 473, "4.73"],
    [1.005, 101, "1.01"],
    [3.674999, 367, "3.67"],
    [5, 500, "5.00"],
  ])("rounds %d half up to %i hundredths, as the reader sees it", (score, hundredths, shown) => {
    expect(scoreHundredths(score)).toBe(hundredths);
    expect(formatScore(score, "en-US")).toBe(shown);
  });
});
