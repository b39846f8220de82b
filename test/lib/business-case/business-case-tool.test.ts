import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { type BusinessCaseData, MAX_SWOT_ITEMS, businessCaseTool, hasBusinessCase } from "~/lib/business-case/business-case-tool";
import { appraisalGaps, businessCaseProblems } from "~/lib/business-case/case-check";

const fresh = () => businessCaseTool.empty();
const option = (id: string, baseline = false) => ({ id, name: id, baseline, cost: null, benefits: "", risks: "", verdict: "" });
const firstMessage = (data: unknown) => {
  const result = v.safeParse(businessCaseTool.schema, data);
  return result.success ? null : result.issues[0].message;
};

describe("businessCaseTool", () => {
  it("starts with a Do nothing option as its baseline and passes its own schema", () => {
    const data = fresh();
    expect(data.options).toEqual([expect.objectContaining({ name: "Do nothing", baseline: true })]);
    expect(v.safeParse(businessCaseTool.schema, data).success).toBe(true);
    expect(businessCaseTool.migrations).toHaveLength(businessCaseTool.version - 1);
  });

  it.each<[string, (d: BusinessCaseData) => BusinessCaseData, string]>([
    [
      "no baseline",
      (d) => ({ ...d, options: [option("a")] }),
      'The options must include "Do nothing" (or business as usual) as the baseline.',
    ],
    [
      "two baselines",
      (d) => ({ ...d, options: [option("a", true), option("b", true)] }),
      'Only one option can be the "Do nothing" baseline.',
    ],
    ["an unknown chosen option", (d) => ({ ...d, chosenOptionId: "gone" }), "The chosen option is not among the options."],
    ["a shared option id", (d) => ({ ...d, options: [option("a", true), option("a")] }), "Two options share the same id."],
    [
      "a SWOT id in two lists",
      (d) => ({ ...d, swot: { ...d.swot, strengths: [{ id: "s", text: "x" }], threats: [{ id: "s", text: "y" }] } }),
      "Two SWOT points share the same id.",
    ],
    ["a goal listed twice", (d) => ({ ...d, objectiveGoalIds: ["g", "g"] }), "A goal is listed twice among the objectives."],
    ["an organization listed twice", (d) => ({ ...d, keyPlayerIds: ["o", "o"] }), "An organization is listed twice among the key players."],
  ])("refuses an import with %s, in plain words", (_, change, message) => {
    const data = change(fresh());
    expect(businessCaseProblems(data)).toEqual([message]);
    expect(firstMessage(data)).toBe(message);
  });

  it.each<[string, unknown]>([
    ["a SWOT point on two lines", { strengths: [{ id: "s", text: "one\ntwo" }], weaknesses: [], opportunities: [], threats: [] }],
    [
      "21 strengths",
      {
        strengths: Array.from({ length: MAX_SWOT_ITEMS + 1 }, (_, i) => ({ id: `s${i}`, text: "x" })),
        weaknesses: [],
        opportunities: [],
        threats: [],
      },
    ],
  ])("refuses %s", (_, swot) => expect(firstMessage({ ...fresh(), swot })).not.toBeNull());

  it.each([
    ["a negative cost", -1],
    ["a fractional cost", 1.5],
    ["NaN", Number.NaN],
    ["a cost past the largest amount", 1e16],
  ])("refuses %s", (_, totalCost) => expect(firstMessage({ ...fresh(), totalCost })).not.toBeNull());

  it("summarizes what is saved, and nothing for a fresh case", () => {
    expect(businessCaseTool.summarize(fresh())).toBe("");
    const data: BusinessCaseData = {
      ...fresh(),
      options: [option("a", true), option("b")],
      swot: { ...fresh().swot, threats: [{ id: "t", text: "Rain" }] },
    };
    expect(businessCaseTool.summarize(data)).toBe("2 options, 1 SWOT point, 0 benefits");
  });

  it.each<[string, Partial<BusinessCaseData>, boolean]>([
    ["nothing", {}, false],
    ["blank text", { purpose: "  " }, false],
    ["a purpose", { purpose: "Fresh food" }, true],
    ["a total cost of zero", { totalCost: 0 }, true],
    ["a verdict on Do nothing", { options: [{ ...option("d", true), verdict: "Too slow" }] }, true],
  ])("hasBusinessCase with %s → %s", (_, change, expected) => expect(hasBusinessCase({ ...fresh(), ...change })).toBe(expected));
});

describe("appraisalGaps", () => {
  it("asks for a second option and a choice", () => {
    expect(appraisalGaps(fresh())).toEqual([
      'Add at least one option to compare with "Do nothing".',
      "Choose the option the case recommends.",
    ]);
  });
  it("is empty once two options are there and one is chosen", () => {
    expect(appraisalGaps({ ...fresh(), options: [option("d", true), option("m")], chosenOptionId: "m" })).toEqual([]);
  });
});
