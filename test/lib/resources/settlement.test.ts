import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_EXACT_PARTIES, type Transfer, greedyTransfers, settle, zeroSumGroups } from "~/lib/resources/settlement";

function apply(balances: readonly bigint[], transfers: readonly Transfer[]): bigint[] {
  const after = [...balances];
  for (const t of transfers) {
    after[t.from] = (after[t.from] ?? 0n) + t.amount;
    after[t.to] = (after[t.to] ?? 0n) - t.amount;
  }
  return after;
}

/** The most blocks a set partition of the non-zero balances can have with every block summing to zero, by brute force. */
function mostZeroGroups(values: readonly bigint[]): number {
  if (values.length === 0) return 0;
  const [first, ...rest] = values;
  let best = 0;
  // Choose the block holding `first`: any subset of the rest.
  for (let mask = 0; mask < 1 << rest.length; mask++) {
    const inBlock = rest.filter((_, i) => mask & (1 << i));
    const outside = rest.filter((_, i) => !(mask & (1 << i)));
    const blockSum = inBlock.reduce((a, b) => a + b, first ?? 0n);
    if (blockSum === 0n) best = Math.max(best, 1 + mostZeroGroups(outside));
  }
  return best;
}

/** Balances that sum to zero: random ones plus one that closes the sum. */
const zeroSum = (max: number, small: boolean) =>
  fc
    .array(small ? fc.integer({ min: -6, max: 6 }) : fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 0, maxLength: max })
    .map((list) => {
      const values = list.map(BigInt);
      return [...values, -values.reduce((a, b) => a + b, 0n)];
    });

describe("settle", () => {
  it.each([
    ["nobody owes anything", [0n, 0n, 0n], 0],
    ["one debtor, one creditor", [-500n, 500n], 1],
    ["the worked example with the shared budget last", [281520n, -599000n, 55000n, 262480n], 3],
    ["two separate pairs need two payments, not three", [-5n, 5n, -7n, 7n], 2],
    ["a pair and a triple", [-3n, 3n, -4n, -6n, 10n], 3],
  ])("%s", (_, balances, count) => {
    const { transfers, minimal } = settle(balances);
    expect(transfers).toHaveLength(count);
    expect(minimal).toBe(true);
    expect(apply(balances, transfers).every((b) => b === 0n)).toBe(true);
  });

  it("has the worked example's partner below its share pay the others and the shared budget", () => {
    const { transfers } = settle([281520n, -599000n, 55000n, 262480n]);
    expect(transfers).toEqual(
      expect.arrayContaining([
        { from: 1, to: 0, amount: 281520n },
        { from: 1, to: 2, amount: 55000n },
        { from: 1, to: 3, amount: 262480n },
      ]),
    );
  });

  it("leaves every party at zero, pays only from debtors to creditors, with positive amounts", () => {
    fc.assert(
      fc.property(zeroSum(16, false), (balances) => {
        const { transfers } = settle(balances);
        expect(apply(balances, transfers).every((b) => b === 0n)).toBe(true);
        for (const t of transfers) {
          expect(t.amount > 0n).toBe(true);
          expect((balances[t.from] ?? 0n) < 0n).toBe(true);
          expect((balances[t.to] ?? 0n) > 0n).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("uses the fewest payments possible (checked by brute force over set partitions)", () => {
    fc.assert(
      fc.property(zeroSum(7, true), (balances) => {
        const nonZero = balances.filter((b) => b !== 0n);
        const { transfers, minimal } = settle(balances);
        expect(minimal).toBe(true);
        expect(transfers).toHaveLength(nonZero.length - mostZeroGroups(nonZero));
      }),
      { numRuns: 400 },
    );
  });

  it("never uses more payments than the greedy method", () => {
    fc.assert(
      fc.property(zeroSum(12, true), (balances) => {
        const members = balances.flatMap((b, i) => (b === 0n ? [] : [i]));
        expect(settle(balances).transfers.length).toBeLessThanOrEqual(greedyTransfers(balances, members).length);
      }),
      { numRuns: 200 },
    );
  });

  it("falls back to the greedy method beyond the exact limit and still squares everyone", () => {
    const balances = Array.from({ length: MAX_EXACT_PARTIES + 3 }, (_, i) => BigInt((i % 2 === 0 ? 1 : -1) * (i + 1) * 100));
    balances.push(-balances.reduce((a, b) => a + b, 0n));
    const { transfers, minimal } = settle(balances);
    expect(minimal).toBe(false);
    expect(apply(balances, transfers).every((b) => b === 0n)).toBe(true);
    expect(transfers.length).toBeLessThan(balances.length);
  });
});

describe("zeroSumGroups", () => {
  it("partitions into groups that each sum to zero", () => {
    const balances = [-5n, 5n, -7n, 7n, 2n, -2n];
    const groups = zeroSumGroups(balances, [0, 1, 2, 3, 4, 5]);
    expect(groups).toHaveLength(3);
    for (const group of groups) expect(group.reduce((a, i) => a + (balances[i] ?? 0n), 0n)).toBe(0n);
    expect(groups.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
