import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { combineCostSharing, computeCostSharing, contributedTotals, sharingBasis } from "~/lib/resources/cost-sharing";
import { resourcesExample } from "~/lib/resources/resources-example";
import {
  CONTRIBUTION_TYPES,
  FREQUENCIES,
  METHODS,
  type ResourcesData,
  ResourcesSchema,
  emptyResources,
} from "~/lib/resources/resources-tool";

describe("the worked example", () => {
  const data = resourcesExample();
  const result = computeCostSharing(data);

  it("is valid stored data", () => {
    expect(v.safeParse(ResourcesSchema, data).success).toBe(true);
  });

  it("costs 101,015.20 over 12 months, all of it contributed, 10,300.00 in cash", () => {
    expect(result.totalCost).toBe(10_101_520n);
    expect(result.totalContributed).toBe(10_101_520n);
    expect(result.gap).toBe(0n);
    expect(result.contributed.map((c) => [c.cash, c.inKind])).toEqual([
      [480_000n, 5_171_520n],
      [250_000n, 1_620_000n],
      [300_000n, 2_280_000n],
    ]);
  });

  it("shares 50/20/30 by the negotiated percentages", () => {
    expect(result.standings?.map((s) => [s.share, s.balance])).toEqual([
      [5_050_760n, 600_760n],
      [2_020_304n, -150_304n],
      [3_030_456n, -450_456n],
    ]);
  });

  it("settles with two payments to the food bank", () => {
    expect(result.payments.map((p) => [p.from?.name ?? "budget", p.to?.name ?? "budget", p.amount])).toEqual(
      expect.arrayContaining([
        ["Harbor City Parks Department", "Eastside Food Bank", 150_304n],
        ["Greenleaf Grocers", "Eastside Food Bank", 450_456n],
      ]),
    );
    expect(result.payments).toHaveLength(2);
    expect(result.standings?.[1]?.intoBudget).toBe(0n);
  });

  it("gives every method's shares side by side", () => {
    const shares = (m: (typeof METHODS)[number]) => {
      const s = result.byMethod[m];
      return s.ok ? s.shares : null;
    };
    expect(shares("equal")).toEqual([3_367_174n, 3_367_173n, 3_367_173n]);
    expect(shares("proportional")).toEqual([3_108_160n, 4_662_240n, 2_331_120n]);
  });
});

describe("computeCostSharing", () => {
  it("shows no standings while the chosen method has a problem", () => {
    const data = { ...resourcesExample(), method: "custom" as const };
    data.partners = data.partners.map((p) => ({ ...p, percent: 3000 }));
    const result = computeCostSharing(data);
    expect(result.chosen.ok).toBe(false);
    expect(result.standings).toBeNull();
    expect(result.payments).toEqual([]);
  });

  it("leaves out and counts contributions of a partner that no longer exists", () => {
    const data = resourcesExample();
    data.partners = data.partners.slice(1);
    const result = computeCostSharing(data);
    expect(result.unassigned).toBe(6);
    expect(result.totalContributed).toBe(10_101_520n - 5_651_520n);
  });

  it("reports a surplus as a negative gap and lets partners above their share pledge less", () => {
    const data = resourcesExample();
    data.costs = data.costs.slice(0, 2);
    const result = computeCostSharing(data);
    expect(result.gap < 0n).toBe(true);
    const less = result.standings?.reduce((a, s) => a + s.lessToPledge, 0n);
    expect(less).toBe(-result.gap);
  });

  const arbitraryData: fc.Arbitrary<ResourcesData> = fc
    .record({
      n: fc.integer({ min: 1, max: 8 }),
      term: fc.integer({ min: 1, max: 120 }),
      method: fc.constantFrom(...METHODS),
      costs: fc.array(fc.record({ amount: fc.integer({ min: 0, max: 100_000_000_000_000 }), frequency: fc.constantFrom(...FREQUENCIES) }), {
        maxLength: 30,
      }),
      gifts: fc.array(
        fc.record({
          partner: fc.nat(),
          type: fc.constantFrom(...CONTRIBUTION_TYPES),
          quantity: fc.integer({ min: 0, max: 1_000_000_000_000 }),
          unitValue: fc.integer({ min: 0, max: 100_000_000_000_000 }),
        }),
        { maxLength: 30 },
      ),
      weights: fc.array(fc.integer({ min: 1, max: 1_000_000_000_000_000 }), { minLength: 8, maxLength: 8 }),
    })
    .map(({ n, term, method, costs, gifts, weights }) => ({
      ...emptyResources(),
      termMonths: term,
      method,
      partners: Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        organizationId: null,
        name: `Partner ${i}`,
        weight: weights[i] ?? 1,
        percent: i === 0 ? 10_000 - (n - 1) * 100 : 100,
      })),
      costs: costs.map((c, i) => ({ id: `c${i}`, name: `Cost ${i}`, ...c })),
      contributions: gifts.map((g, i) => ({
        id: `g${i}`,
        partnerId: `p${g.partner % n}`,
        type: g.type,
        description: "",
        quantity: g.quantity,
        unitValue: g.unitValue,
      })),
    }));

  it("balances always sum to minus the gap, to the minor unit, and settlement leaves every partner at its fair share", () => {
    fc.assert(
      fc.property(arbitraryData, (data) => {
        const result = computeCostSharing(data);
        const standings = result.standings ?? [];
        expect(standings).toHaveLength(data.partners.length);
        expect(standings.reduce((a, s) => a + s.share, 0n)).toBe(result.totalCost);
        expect(standings.reduce((a, s) => a + s.balance, 0n)).toBe(-result.gap);
        for (const s of standings) {
          // What the partner puts in, plus what it pays out, less what it receives, is exactly its fair share.
          expect(s.contributed.total + s.pays + s.intoBudget - s.receives - s.lessToPledge).toBe(s.share);
        }
        const intoBudget = standings.reduce((a, s) => a + s.intoBudget - s.lessToPledge, 0n);
        expect(intoBudget).toBe(result.gap);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same results from parts kept across a change of method or contributions as from scratch", () => {
    // The island keeps each part while its own inputs are unchanged; reusing them must never show a stale figure.
    fc.assert(
      fc.property(arbitraryData, arbitraryData, fc.constantFrom(...METHODS), (data, other, method) => {
        const basis = sharingBasis(data);
        const totals = contributedTotals(data);
        expect(combineCostSharing(data.partners, method, basis, totals)).toEqual(computeCostSharing({ ...data, method }));
        const contributions = other.contributions.map((c, i) => ({
          ...c,
          partnerId: data.partners[i % data.partners.length]?.id ?? c.partnerId,
        }));
        const changed = { ...data, contributions };
        expect(combineCostSharing(data.partners, data.method, basis, contributedTotals(changed))).toEqual(computeCostSharing(changed));
        const term = { ...data, termMonths: other.termMonths, costs: other.costs };
        expect(combineCostSharing(data.partners, data.method, sharingBasis(term), totals)).toEqual(computeCostSharing(term));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps the parts it is given, so unchanged figures keep their identity", () => {
    const data = resourcesExample();
    const basis = sharingBasis(data);
    const totals = contributedTotals(data);
    const custom = combineCostSharing(data.partners, "custom", basis, totals);
    const equal = combineCostSharing(data.partners, "equal", basis, totals);
    expect(equal.byMethod).toBe(custom.byMethod);
    expect(equal.contributed).toBe(custom.contributed);
    expect(equal.standings).not.toEqual(custom.standings);
  });
});
