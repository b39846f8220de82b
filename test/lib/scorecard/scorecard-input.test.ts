import { describe, expect, it } from "vitest";
import {
  checkDateProblem,
  checkNameProblem,
  criterionErrors,
  criterionFromDraft,
  criterionNameProblem,
  noteProblem,
  parseWeight,
  weightProblem,
} from "~/lib/scorecard/scorecard-input";
import { scorecardTool } from "~/lib/scorecard/scorecard-tool";

const data = scorecardTool.empty();

describe("weights", () => {
  it.each([
    ["2", undefined, 2, null],
    ["1.5", undefined, 1.5, null],
    ["1,5", "de-DE", 1.5, null],
    [" 0.25 ", undefined, 0.25, null],
    ["1000", undefined, 1000, null],
    ["0", undefined, null, "Give the weight as a positive number, such as 1, 2 or 1.5."],
    ["-3", undefined, null, "Give the weight as a positive number, such as 1, 2 or 1.5."],
    ["", undefined, null, "Give the weight as a positive number, such as 1, 2 or 1.5."],
    ["heavy", undefined, null, "Give the weight as a positive number, such as 1, 2 or 1.5."],
    ["=1+1", undefined, null, "Give the weight as a positive number, such as 1, 2 or 1.5."],
    ["1001", undefined, null, "Keep the weight to 1000 or less."],
    ["0.001", undefined, 0.001, null],
    ["0.0004", undefined, null, "Give the weight as 0.001 or more: a smaller one would show as 0."],
  ])("%j (%s)", (text, locale, weight, problem) => {
    expect(parseWeight(text, locale)).toBe(weight);
    expect(weightProblem(text, locale)).toBe(problem);
  });
});

describe("criterion form", () => {
  it.each([
    [{ name: "Food-safety record", weight: "2", nonNegotiable: false }, {}],
    [{ name: "", weight: "2", nonNegotiable: false }, { name: "Write the name of the criterion." }],
    [{ name: "mission FIT", weight: "2", nonNegotiable: false }, { name: "“Mission fit” is already in the list." }],
    [{ name: "New", weight: "0", nonNegotiable: false }, { weight: "Give the weight as a positive number, such as 1, 2 or 1.5." }],
    [{ name: "New", weight: "", nonNegotiable: false }, { weight: "Give the weight as a positive number, such as 1, 2 or 1.5." }],
    [{ name: "Keeps our name visible", weight: "", nonNegotiable: true }, {}],
    [
      { name: "Keeps our name visible", weight: "-1", nonNegotiable: true },
      { weight: "Give the weight as a positive number, such as 1, 2 or 1.5." },
    ],
  ])("%j", (draft, errors) => {
    expect(criterionErrors(draft, data)).toEqual(errors);
  });

  it("says the limit of 20 criteria", () => {
    const full = {
      ...data,
      criteria: Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, name: `C${i}`, weight: 1, nonNegotiable: false })),
    };
    expect(criterionNameProblem("One more", full)).toBe("The list holds at most 20 criteria; remove one before adding another.");
    expect(criterionNameProblem("Renamed", full, "c3")).toBeNull();
  });

  it("turns a valid draft into a criterion; a non-negotiable without a weight gets 1", () => {
    expect(criterionFromDraft({ name: "  Reach ", weight: "2,5", nonNegotiable: false }, "id", "de-DE")).toEqual({
      id: "id",
      name: "Reach",
      weight: 2.5,
      nonNegotiable: false,
    });
    expect(criterionFromDraft({ name: "Gate", weight: "", nonNegotiable: true }, "id").weight).toBe(1);
  });
});

describe("due-diligence fields", () => {
  it.each([
    [checkNameProblem("Health inspections", data), null],
    [checkNameProblem("insurance certificates", data), "“Insurance certificates” is already in the list."],
    [noteProblem("x".repeat(1000)), null],
    [noteProblem("x".repeat(1001)), "Keep the note to 1000 characters or fewer."],
    [checkDateProblem(""), null],
    [checkDateProblem("2026-12-10"), null],
    [checkDateProblem("10/12/2026"), "Enter the date as a calendar date (yyyy-mm-dd), or leave it empty."],
  ])("%#: %j", (problem, expected) => {
    expect(problem).toBe(expected);
  });
});
