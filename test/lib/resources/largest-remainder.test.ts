import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitByWeights, splitEqually } from "~/lib/resources/largest-remainder";

const sum = (parts: bigint[]) => parts.reduce((a, b) => a + b, 0n);

describe("splitByWeights", () => {
  it.each([
    ["100.00 three ways", 10000n, [1n, 1n, 1n], [3334n, 3333n, 3333n]],
    ["0.02 three ways", 2n, [1n, 1n, 1n], [1n, 1n, 0n]],
    ["nothing to split", 0n, [1n, 2n], [0n, 0n]],
    ["in proportion", 8580000n, [2400n, 3600n, 1800n], [2640000n, 3960000n, 1980000n]],
    ["33.33 / 33.33 / 33.34 percent of 1.00", 100n, [3333n, 3333n, 3334n], [33n, 33n, 34n]],
    ["largest remainder wins the leftover", 10n, [1n, 2n], [3n, 7n]],
    ["a zero weight gets nothing", 999n, [0n, 1n], [0n, 999n]],
  ])("%s", (_, total, weights, expected) => {
    expect(splitByWeights(total, weights)).toEqual(expected);
  });

  it("refuses weights that sum to zero", () => {
    expect(() => splitByWeights(100n, [0n, 0n])).toThrow(RangeError);
  });

  it("always adds up to the total exactly, and each part is within one unit of its exact quota", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 20 }).filter((w) => w.some((x) => x > 0n)),
        (total, weights) => {
          const parts = splitByWeights(total, weights);
          expect(sum(parts)).toBe(total);
          const weightSum = weights.reduce((a, b) => a + b, 0n);
          parts.forEach((part, i) => {
            const floor = (total * (weights[i] ?? 0n)) / weightSum;
            expect(part === floor || part === floor + 1n).toBe(true);
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("splitEqually", () => {
  it("gives shares that differ by at most one minor unit, larger first", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 1, max: 20 }), (total, count) => {
        const parts = splitEqually(total, count);
        expect(parts).toHaveLength(count);
        expect(sum(parts)).toBe(total);
        const max = parts.reduce((a, b) => (a > b ? a : b));
        const min = parts.reduce((a, b) => (a < b ? a : b));
        expect(max - min <= 1n).toBe(true);
        expect([...parts].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(parts);
      }),
      { numRuns: 500 },
    );
  });
});
