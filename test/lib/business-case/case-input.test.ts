import { describe, expect, it } from "vitest";
import { MAX_OPTIONS, MAX_SWOT_ITEMS, businessCaseTool } from "~/lib/business-case/business-case-tool";
import { benefitsCsv, optionsCsv, swotCsv } from "~/lib/business-case/case-csv";
import { caseLimits, readBenchmarkFields, readBenefitFields, readOptionFields, readSwotText } from "~/lib/business-case/case-input";
import { addBenefit } from "~/lib/business-case/cost-and-benefits";
import { addOption, chooseOption } from "~/lib/business-case/options";
import { addSwotItem } from "~/lib/business-case/swot";
import { parseCsv } from "~/lib/csv";

const usd = { currency: "USD", locale: "en-US" };
const optionFields = (change = {}) => ({ name: "Joint market", cost: "", benefits: "", risks: "", verdict: "", ...change });

describe("readOptionFields", () => {
  it("reads a typed option, cost in minor units, text trimmed", () => {
    expect(readOptionFields(optionFields({ name: "  Joint market ", cost: "45,000" }), usd)).toEqual({
      ok: true,
      value: { name: "Joint market", cost: 4_500_000, benefits: "", risks: "", verdict: "" },
    });
  });
  it("leaves an empty cost as not estimated", () => {
    const read = readOptionFields(optionFields(), usd);
    expect(read.ok && read.value.cost).toBeNull();
  });
  it.each([
    [{ name: "" }, { name: "The option must not be empty." }],
    [{ name: "One\nTwo" }, { name: "The option must be one line." }],
    [{ cost: "-3" }, { cost: "The cost cannot be negative." }],
    [{ verdict: "x".repeat(301) }, { verdict: "The verdict must be at most 300 characters." }],
  ])("refuses %j", (change, errors) => expect(readOptionFields(optionFields(change), usd)).toEqual({ ok: false, errors }));
});

describe("readBenefitFields", () => {
  const fields = (change = {}) => ({ name: "Food costs saved", yearlyValue: "12.500,50", basis: "40 households × $312", ...change });
  it("reads a decimal comma in a comma locale", () => {
    const read = readBenefitFields(fields(), "b1", { currency: "EUR", locale: "de-DE" });
    expect(read).toEqual({
      ok: true,
      value: { id: "b1", name: "Food costs saved", yearlyValue: 1_250_050, basis: "40 households × $312" },
    });
  });
  it.each([
    [{ yearlyValue: "" }, { yearlyValue: "Enter the yearly value." }],
    [{ yearlyValue: "2000000000000" }, { yearlyValue: "The yearly value can be at most 1,000,000,000,000." }],
    [{ name: " ", yearlyValue: "1" }, { name: "The benefit must not be empty." }],
  ])("refuses %j", (change, errors) => expect(readBenefitFields(fields(change), "b1", usd)).toEqual({ ok: false, errors }));
});

describe("readBenchmarkFields and readSwotText", () => {
  it("reads a benchmark", () => {
    const read = readBenchmarkFields({ program: "Eastside market", figure: "$14 per household", source: "City report 2024" }, "k");
    expect(read.ok).toBe(true);
  });
  it.each([
    ["strengths", "", "The strength must not be empty."],
    ["threats", "Rain\nand wind", "The threat must be one line."],
    ["opportunities", "x".repeat(201), "The opportunity must be at most 200 characters."],
  ] as const)("refuses a %s point %j", (list, text, message) => {
    expect(readSwotText(text, list, "s")).toEqual({ ok: false, errors: { text: message } });
  });
});

describe("limits are said when reached", () => {
  it("options", () => {
    let data = businessCaseTool.empty();
    expect(caseLimits.options(data)).toBeNull();
    for (let i = 1; i < MAX_OPTIONS; i++) data = addOption(data, { ...optionFields(), id: `o${i}`, cost: null });
    expect(caseLimits.options(data)).toBe("You have 10 options, the most the appraisal holds.");
  });
  it("a SWOT list", () => {
    let data = businessCaseTool.empty();
    for (let i = 0; i < MAX_SWOT_ITEMS; i++) data = addSwotItem(data, "weaknesses", { id: `w${i}`, text: "x" });
    expect(caseLimits.swot(data, "weaknesses")).toBe("You have 20 weaknesses, the most a SWOT list holds.");
    expect(caseLimits.swot(data, "strengths")).toBeNull();
  });
});

describe("CSV", () => {
  it("writes options, benefits and SWOT, amounts as numbers and text formula-safe", () => {
    let data = addOption(businessCaseTool.empty(), { ...optionFields({ name: "=HYPERLINK(1)" }), id: "m", cost: 4_500_050 });
    data = addBenefit(chooseOption(data, "m"), { id: "b", name: "+Savings", yearlyValue: 123_456, basis: "@survey" });
    data = addSwotItem(data, "threats", { id: "t", text: "-Rain" });
    expect(parseCsv(optionsCsv(data))).toEqual([
      ["Option", "Cost (USD)", "Benefits", "Risks", "Verdict", "Chosen"],
      ["Do nothing", "", "", "", "", ""],
      ["'=HYPERLINK(1)", "45000.5", "", "", "", "Chosen"],
    ]);
    expect(parseCsv(benefitsCsv(data))).toEqual([
      ["Benefit", "Yearly value (USD)", "Basis"],
      ["'+Savings", "1234.56", "'@survey"],
    ]);
    expect(parseCsv(swotCsv(data))).toEqual([
      ["Kind", "Point"],
      ["Threat", "'-Rain"],
    ]);
  });
});
