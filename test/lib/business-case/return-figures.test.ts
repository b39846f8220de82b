import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ReturnInputs,
  benefitCostRatio,
  benefitTotal,
  caseCostPerOutcome,
  caseResults,
  costPerOutcome,
  formatRatio,
  netBenefit,
} from "~/lib/business-case/return-figures";

function inputs(totalCost: number | null, values: number[], benefitYears = 1): ReturnInputs {
  return { totalCost, benefitYears, benefits: values.map((yearlyValue, i) => ({ id: `b${i}`, name: `B${i}`, yearlyValue, basis: "" })) };
}

const kpi = (baseline: number, target: number) => ({ name: "Households served", baseline, target, unit: "households" });

describe.each([
  // total cost, yearly values, years, net benefit (minor units)
  [1_000_000, [600_000, 700_000], 1, 300_000n],
  [1_000_000, [200_000], 1, -800_000n],
  [0, [250_000], 1, 250_000n],
  [1_000_000, [], 1, -1_000_000n],
  [1_000_000, [400_000], 3, 200_000n],
  [100_000_000_000_000, [100_000_000_000_000, 100_000_000_000_000], 10, 1_900_000_000_000_000n],
])("net benefit: cost %d, benefits %j over %d years", (cost, values, years, expected) => {
  it(`is ${expected}`, () => expect(netBenefit(inputs(cost, values, years))).toEqual({ ok: true, value: expected }));
});

describe.each([
  // total cost, yearly values, years, ratio
  [1_000_000, [600_000, 700_000], 1, 1.3],
  [300_000, [100_000], 1, 0.33],
  [300_000, [200_000], 1, 0.67],
  [800_000, [100_000], 1, 0.13], // 0.125 rounds half up
  [1_000_000, [], 1, 0],
  [1, [100_000_000_000_000], 10, 1_000_000_000_000_000],
  [1_000_000, [400_000], 3, 1.2],
])("benefit–cost ratio: cost %d, benefits %j over %d years", (cost, values, years, expected) => {
  it(`is ${expected}`, () => expect(benefitCostRatio(inputs(cost, values, years))).toEqual({ ok: true, value: expected }));
});

describe.each([
  [null, "Not worked out yet: the case has no total cost."],
  [0, "The total cost is zero, so there is nothing to divide by."],
])("with total cost %s", (cost, reason) => {
  it("the ratio says why there is none", () => expect(benefitCostRatio(inputs(cost, [500]))).toEqual({ ok: false, reason }));
  it("the cost per outcome says why there is none", () => expect(costPerOutcome(cost, kpi(0, 400))).toEqual({ ok: false, reason }));
});

it("net benefit needs a total cost", () => {
  expect(netBenefit(inputs(null, [500]))).toEqual({ ok: false, reason: "Not worked out yet: the case has no total cost." });
});

describe.each([
  // total cost, baseline, target, cost per unit of change (minor units)
  [4_000_000, 0, 400, 10_000],
  [4_000_000, 100, 500, 10_000],
  [1_000_000, 30, 20, 100_000], // a decrease target: cost of each unit it falls
  [1_000_000, 12.5, 20, 133_333],
  [100, 0, 1_000_000, 0],
  [1, -1e308, 0, 0],
])("cost per outcome: cost %d, baseline %d, target %d", (cost, baseline, target, expected) => {
  it(`is ${expected}`, () => expect(costPerOutcome(cost, kpi(baseline, target))).toEqual({ ok: true, value: expected }));
});

describe.each([
  [kpi(250, 250), 'The target of "Households served" equals its baseline, so there is no change to divide by.'],
  [kpi(-1e308, 1e308), 'The baseline and target of "Households served" are too far apart or too close to divide by.'],
  [kpi(0, 5e-324), 'The baseline and target of "Households served" are too far apart or too close to divide by.'],
  [null, "Not worked out yet: no KPI is chosen as the outcome the cost pays for."],
])("cost per outcome without an answer", (chosen, reason) => {
  it(reason, () => {
    const figure = costPerOutcome(100_000_000_000_000, chosen);
    expect(figure).toEqual({ ok: false, reason });
  });
});

it("a tiny change gives a large but finite cost per outcome", () => {
  expect(costPerOutcome(100_000_000_000_000, kpi(1, 1 + 2 ** -52))).toEqual({ ok: true, value: 1e14 / 2 ** -52 });
});

describe("formatRatio", () => {
  it.each([
    [1.3, "en-US", "1.30"],
    [0.33, "de-DE", "0,33"],
    [12345.5, "en-US", "12,345.50"],
  ])("%d in %s → %s", (ratio, locale, expected) => expect(formatRatio(ratio, locale)).toBe(expected));
});

describe("properties", () => {
  const minor = fc.integer({ min: 0, max: 100_000_000_000_000 });
  const arbitraryInputs = fc
    .record({
      cost: fc.integer({ min: 1, max: 100_000_000_000_000 }),
      values: fc.array(minor, { maxLength: 50 }),
      years: fc.integer({ min: 1, max: 10 }),
    })
    .map(({ cost, values, years }) => inputs(cost, values, years));

  it("ratio × cost = Σ benefits, within the rounding to two decimals", () => {
    fc.assert(
      fc.property(arbitraryInputs, (data) => {
        const ratio = benefitCostRatio(data);
        if (!ratio.ok) throw new Error(ratio.reason);
        const cost = data.totalCost ?? 0;
        const total = Number(benefitTotal(data));
        expect(Math.abs(ratio.value * cost - total)).toBeLessThanOrEqual(0.005 * cost + total * 1e-12 + 1e-6);
      }),
    );
  });

  it("net benefit + total cost = Σ benefits exactly", () => {
    fc.assert(
      fc.property(arbitraryInputs, (data) => {
        const net = netBenefit(data);
        if (!net.ok) throw new Error(net.reason);
        expect(net.value + BigInt(data.totalCost ?? 0)).toBe(benefitTotal(data));
      }),
    );
  });

  it("never gives NaN or Infinity, whatever the KPI", () => {
    fc.assert(
      fc.property(fc.option(minor), fc.double(), fc.double(), (cost, baseline, target) => {
        const figure = costPerOutcome(cost, kpi(baseline, target));
        if (figure.ok) expect(Number.isFinite(figure.value) && figure.value >= 0).toBe(true);
        else expect(figure.reason).toMatch(/\.$/);
      }),
    );
  });
});

describe("caseCostPerOutcome (the KPI the case names)", () => {
  const kpis = [{ id: "k1", ...kpi(0, 400) }];
  it.each<[string, { totalCost: number | null; outcomeKpiId: string }, unknown]>([
    ["a KPI in the tracker", { totalCost: 4_000_000, outcomeKpiId: "k1" }, { ok: true, value: 10_000 }],
    [
      "no KPI chosen",
      { totalCost: 4_000_000, outcomeKpiId: "" },
      { ok: false, reason: "Not worked out yet: no KPI is chosen as the outcome the cost pays for." },
    ],
    [
      "a KPI since deleted",
      { totalCost: 4_000_000, outcomeKpiId: "gone" },
      { ok: false, reason: "Not worked out yet: the KPI it divides by is not in step 8's tracker." },
    ],
    [
      "a deleted KPI and no cost",
      { totalCost: null, outcomeKpiId: "gone" },
      { ok: false, reason: "Not worked out yet: the case has no total cost." },
    ],
  ])("with %s", (_, data, expected) => expect(caseCostPerOutcome(data, kpis)).toEqual(expected));
});

describe("caseResults", () => {
  it("gives every figure at once, each with its reason when there is none", () => {
    const data = { ...inputs(0, [300_000]), outcomeKpiId: "k1" };
    expect(caseResults(data, [{ id: "k1", ...kpi(0, 400) }])).toEqual({
      benefitTotal: 300_000n,
      netBenefit: { ok: true, value: 300_000n },
      benefitCostRatio: { ok: false, reason: "The total cost is zero, so there is nothing to divide by." },
      costPerOutcome: { ok: false, reason: "The total cost is zero, so there is nothing to divide by." },
    });
  });
});
