import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { budgetTotal, costOverTerm } from "~/lib/resources/budget";
import { maxMinor } from "~/lib/resources/money";
import type { Contribution, Cost, Frequency } from "~/lib/resources/resources-tool";
import { contributedBy, contributionValue } from "~/lib/resources/valuation";

describe("costOverTerm", () => {
  it.each<[Frequency, number, number, bigint]>([
    ["one-off", 480000, 12, 480000n],
    ["one-off", 480000, 30, 480000n],
    ["monthly", 150000, 12, 1800000n],
    ["monthly", 150000, 1, 150000n],
    ["yearly", 180000, 12, 180000n],
    ["yearly", 180000, 18, 270000n],
    ["yearly", 180000, 6, 90000n],
    ["yearly", 100, 1, 8n],
    ["yearly", 1000, 1, 83n],
    ["yearly", 1, 6, 1n],
    ["yearly", 1, 5, 0n],
  ])("%s %i over %i months is %s", (frequency, amount, term, expected) => {
    expect(costOverTerm({ amount, frequency }, term)).toBe(expected);
  });

  it("totals 500 items of a trillion dollars each exactly, far beyond 2^53 cents", () => {
    const amount = Number(maxMinor(2));
    const costs: Cost[] = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, name: "Big", amount, frequency: "monthly" }));
    expect(budgetTotal(costs, 120)).toBe(500n * 120n * 100_000_000_000_000n);
    expect(budgetTotal(costs, 120) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
  });
});

describe("contributionValue", () => {
  it.each([
    ["cash", 1000, 250000, 250000n],
    ["1,040 hours at 28.50", 1_040_000, 2850, 2_964_000n],
    ["12.5 hours at 33.49", 12_500, 3349, 41863n],
    ["0.001 hours at 0.01", 1, 1, 0n],
    ["0.5 hours at 0.01 rounds half up", 500, 1, 1n],
    ["a billion hours at a trillion", 1_000_000_000_000, 100_000_000_000_000, 100_000_000_000_000_000_000_000n],
  ])("%s", (_, quantity, unitValue, expected) => {
    expect(contributionValue({ quantity, unitValue })).toBe(expected);
  });

  it("is exact: value × 1000 is within half a unit of quantity × unit value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), fc.integer({ min: 0, max: 100_000_000_000_000 }), (q, u) => {
        const value = contributionValue({ quantity: q, unitValue: u });
        const exact = BigInt(q) * BigInt(u);
        const diff = value * 1000n - exact;
        expect(diff > -500n && diff <= 500n).toBe(true);
      }),
    );
  });
});

describe("contributedBy", () => {
  const c = (partnerId: string, type: Contribution["type"], quantity: number, unitValue: number): Contribution => ({
    id: `${partnerId}-${type}-${quantity}`,
    partnerId,
    type,
    description: "",
    quantity,
    unitValue,
  });
  it("separates cash from in kind and ignores other partners", () => {
    const list = [c("a", "cash", 1000, 500000), c("a", "staff", 10_000, 3000), c("a", "volunteer", 2_000, 3349), c("b", "cash", 1000, 99)];
    const totals = contributedBy("a", list);
    expect(totals.cash).toBe(500000n);
    expect(totals.inKind).toBe(30000n + 6698n);
    expect(totals.total).toBe(536698n);
    expect(totals.byType.volunteer).toBe(6698n);
    expect(contributedBy("z", list).total).toBe(0n);
  });
});
