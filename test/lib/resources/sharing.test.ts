import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Method } from "~/lib/resources/resources-tool";
import { customShares, describeSharingProblem, englishList, equalShares, proportionalShares, shareCosts } from "~/lib/resources/sharing";

const partner = (name: string, weight: number | null = null, percent: number | null = null) => ({ name, weight, percent });

describe("sharing methods", () => {
  const three = [partner("A", 2_400_000_000, 5000), partner("B", 3_600_000_000, 2500), partner("C", 1_800_000_000, 2500)];
  it.each<[Method, bigint[]]>([
    ["equal", [2_860_000n, 2_860_000n, 2_860_000n]],
    ["proportional", [2_640_000n, 3_960_000n, 1_980_000n]],
    ["custom", [4_290_000n, 2_145_000n, 2_145_000n]],
  ])("%s shares of 85,800.00", (method, expected) => {
    expect(shareCosts(method, 8_580_000n, three)).toEqual({ ok: true, shares: expected });
  });

  it("splits 100.00 equally three ways as 33.34, 33.33, 33.33", () => {
    expect(equalShares(10000n, [partner("A"), partner("B"), partner("C")])).toEqual({ ok: true, shares: [3334n, 3333n, 3333n] });
  });

  it("accepts percentages with decimals that total exactly 100", () => {
    const parts = [partner("A", null, 3333), partner("B", null, 3333), partner("C", null, 3334)];
    expect(customShares(100000n, parts)).toEqual({ ok: true, shares: [33330n, 33330n, 33340n] });
  });

  it.each<[string, Method, ReturnType<typeof partner>[], object, string]>([
    ["no partners", "equal", [], { kind: "no-partners" }, "Add the partner organizations first."],
    [
      "a missing weight",
      "proportional",
      [partner("A", 5), partner("B")],
      { kind: "weights", missing: ["B"], zero: [] },
      "Enter a weight for B.",
    ],
    [
      "a zero weight",
      "proportional",
      [partner("A", 0), partner("B", 3)],
      { kind: "weights", missing: [], zero: ["A"] },
      "A weight of zero leaves A out of the sharing: enter a weight above zero.",
    ],
    [
      "a missing percentage",
      "custom",
      [partner("A", null, 5000), partner("B"), partner("C")],
      { kind: "percent-missing", missing: ["B", "C"] },
      "Enter a percentage for B and C.",
    ],
    [
      "percentages under 100",
      "custom",
      [partner("A", null, 5000), partner("B", null, 4950)],
      { kind: "percent-total", total: 9950 },
      "The percentages add up to 99.5%, not 100%.",
    ],
    [
      "percentages over 100",
      "custom",
      [partner("A", null, 6000), partner("B", null, 4001)],
      { kind: "percent-total", total: 10001 },
      "The percentages add up to 100.01%, not 100%.",
    ],
  ])("refuses %s with a message", (_, method, partners, problem, message) => {
    const result = shareCosts(method, 10000n, partners);
    expect(result).toEqual({ ok: false, problem });
    if (!result.ok) expect(describeSharingProblem(result.problem, "en-US")).toContain(message);
  });

  it("never rescales: 99.99% is an error, not a rounding", () => {
    const parts = [partner("A", null, 3333), partner("B", null, 3333), partner("C", null, 3333)];
    expect(customShares(100n, parts).ok).toBe(false);
  });

  it("shares always sum to the total exactly under every method", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.array(fc.integer({ min: 1, max: 1_000_000_000_000_000 }), { minLength: 1, maxLength: 20 }),
        (total, weights) => {
          const parts = weights.map((w, i) => partner(`P${i}`, w));
          for (const result of [equalShares(total, parts), proportionalShares(total, parts)]) {
            expect(result.ok && result.shares.reduce((a, b) => a + b, 0n)).toBe(total);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("custom shares sum to the total whenever the percentages make 100", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 19 }),
        (total, cuts) => {
          const points = [0, ...[...cuts].sort((a, b) => a - b), 10_000];
          const parts = points.slice(1).map((p, i) => partner(`P${i}`, null, p - (points[i] ?? 0)));
          const result = customShares(total, parts);
          expect(result.ok && result.shares.reduce((a, b) => a + b, 0n)).toBe(total);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("englishList", () => {
  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A and B"],
    [["A", "B", "C"], "A, B, and C"],
  ])("writes %j as %j", (list, text) => {
    expect(englishList(list)).toBe(text);
  });

  it("writes any list of names as Intl.ListFormat does in English", () => {
    const list = new Intl.ListFormat("en", { type: "conjunction" });
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 20 }), (names) => {
        expect(englishList(names)).toBe(list.format(names));
      }),
    );
  });
});
