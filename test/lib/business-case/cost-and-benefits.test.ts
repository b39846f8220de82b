import { describe, expect, it } from "vitest";
import { type BusinessCaseData, MAX_BENEFITS, businessCaseTool } from "~/lib/business-case/business-case-tool";
import { currencyChangeProblem, readMoney, setCurrency } from "~/lib/business-case/case-money";
import {
  addBenefit,
  chooseOutcomeKpi,
  costingChanged,
  costingTotal,
  editBenefit,
  enterTotalCost,
  removeBenefit,
  setBenefitYears,
  takeCostFromCosting,
} from "~/lib/business-case/cost-and-benefits";
import type { Cost } from "~/lib/resources/resources-tool";

const fresh = () => businessCaseTool.empty();
const benefit = (id: string, yearlyValue = 100_000) => ({ id, name: `Benefit ${id}`, yearlyValue, basis: "Survey of 40 households" });
const cost = (amount: number, frequency: Cost["frequency"] = "one-off"): Cost => ({ id: `c${amount}`, name: "Item", amount, frequency });
const costing = (costs: Cost[], currency: BusinessCaseData["currency"] = "USD") => ({ currency, costs, termMonths: 12 });

describe("readMoney (the costing tool's exact parsing)", () => {
  it.each([
    ["1250", "USD", "en-US", 125_000],
    ["1,234.50", "USD", "en-US", 123_450],
    ["12,5", "EUR", "de-DE", 1_250],
    ["1.234,50", "EUR", "de-DE", 123_450],
    ["5000", "JPY", "ja-JP", 5_000],
    ["1000000000000", "USD", "en-US", 100_000_000_000_000],
    ["", "USD", "en-US", null],
  ])("%s %s in %s → %s minor units", (text, currency, locale, expected) => {
    expect(readMoney(text, currency, "total cost", locale)).toEqual({ ok: true, value: expected });
  });
  it.each([
    ["1000000000000.01", "The total cost can be at most 1,000,000,000,000."],
    ["-5", "The total cost cannot be negative."],
    ["12.345", "Use at most 2 decimals for the total cost."],
    ["lots", "Enter the total cost as a number, such as 1250 or 12.5 (a decimal comma, 12,5, works too)."],
  ])("refuses %s: %s", (text, message) => expect(readMoney(text, "USD", "total cost", "en-US")).toEqual({ ok: false, message }));
});

describe("total cost", () => {
  it("records a typed cost as entered", () => {
    const data = enterTotalCost(fresh(), 500_000);
    expect([data.totalCost, data.costSource]).toEqual([500_000, "entered"]);
    expect(enterTotalCost(data, 500_000)).toBe(data);
  });
  it("takes step 7's budget total over its term and records the source", () => {
    const data = takeCostFromCosting(fresh(), costing([cost(100_000), cost(50_000, "monthly")]));
    expect([data.totalCost, data.costSource]).toEqual([700_000, "costing"]);
    expect(takeCostFromCosting(data, costing([cost(100_000), cost(50_000, "monthly")]))).toBe(data);
    expect(enterTotalCost(data, 700_000).costSource).toBe("entered");
  });
  it("takes the costing's currency while the case holds no other amounts", () => {
    const data = takeCostFromCosting(fresh(), costing([cost(100)], "EUR"));
    expect([data.currency, data.totalCost]).toEqual(["EUR", 100]);
  });
  it.each<[string, BusinessCaseData, ReturnType<typeof costing>, string]>([
    ["no budget lines", fresh(), costing([]), "Step 7's costing has no budget lines yet."],
    [
      "another currency",
      addBenefit(fresh(), benefit("b")),
      costing([cost(100)], "EUR"),
      "Step 7's costing is in EUR and this business case in USD: use one currency for both.",
    ],
    [
      "a total past a trillion",
      fresh(),
      costing([cost(100_000_000_000_000, "monthly")]),
      "Step 7's budget total is more than a trillion, the most a business case takes.",
    ],
  ])("says why the cost cannot be taken with %s, and changes nothing", (_, data, from, reason) => {
    expect(costingTotal(data, from)).toEqual({ ok: false, reason });
    expect(takeCostFromCosting(data, from)).toBe(data);
  });
});

describe("keeping up with step 7 and step 8", () => {
  it("says when step 7's total has changed since it was taken", () => {
    const data = takeCostFromCosting(fresh(), costing([cost(100_000)]));
    expect(costingChanged(data, costing([cost(100_000)]))).toBe(false);
    expect(costingChanged(data, costing([cost(100_000), cost(5)]))).toBe(true);
    expect(costingChanged(enterTotalCost(data, 1), costing([cost(100_000)]))).toBe(false);
  });
  it("chooses the outcome KPI by id", () => {
    const data = chooseOutcomeKpi(fresh(), "k1");
    expect(data.outcomeKpiId).toBe("k1");
    expect(chooseOutcomeKpi(data, "k1")).toBe(data);
    expect(chooseOutcomeKpi(data, "x".repeat(65))).toBe(data);
    expect(chooseOutcomeKpi(data, "").outcomeKpiId).toBe("");
  });
  it.each([-1, 0.5, Number.NaN, 1e16])("refuses a total cost of %d", (value) => {
    const data = fresh();
    expect(enterTotalCost(data, value)).toBe(data);
  });
});

describe("benefit lines", () => {
  it("adds, edits and removes by id", () => {
    const data = addBenefit(addBenefit(fresh(), benefit("a")), benefit("b"));
    expect(editBenefit(data, "b", { yearlyValue: 5 }).benefits[1]?.yearlyValue).toBe(5);
    expect(removeBenefit(data, "a").benefits.map((b) => b.id)).toEqual(["b"]);
    expect(removeBenefit(data, "zzz")).toBe(data);
    expect(addBenefit(data, benefit("a", 1))).toBe(data);
    expect(editBenefit(data, "a", { name: "" })).toBe(data);
    expect(addBenefit(data, benefit("c", -5))).toBe(data);
  });
  it(`stops at ${MAX_BENEFITS} lines`, () => {
    let data = fresh();
    for (let i = 0; i < MAX_BENEFITS + 2; i++) data = addBenefit(data, benefit(`b${i}`));
    expect(data.benefits).toHaveLength(MAX_BENEFITS);
  });
  it.each([
    [3, 3],
    [0, 1],
    [11, 1],
    [2.5, 1],
    [Number.NaN, 1],
  ])("benefit years %d → %d", (years, expected) => expect(setBenefitYears(fresh(), years).benefitYears).toBe(expected));
});

describe("currency", () => {
  it("changes freely while no amount is entered, and between currencies with the same decimals", () => {
    expect(setCurrency(fresh(), "JPY").currency).toBe("JPY");
    expect(setCurrency(enterTotalCost(fresh(), 100), "EUR").currency).toBe("EUR");
  });
  it("refuses a change of decimals once amounts are entered, and says why", () => {
    const data = enterTotalCost(fresh(), 100);
    expect(setCurrency(data, "JPY")).toBe(data);
    expect(currencyChangeProblem(data, "JPY")).toBe(
      "JPY has a different number of decimals from USD; clear the amounts first, then change the currency.",
    );
  });
});
