import { describe, expect, it } from "vitest";
import { partnerProblem, roundProblems } from "~/lib/health/health-input";
import { tidyName } from "~/lib/names";

const rounds = [{ id: "r1", label: "Month 3", date: "2027-05-31" }];

describe("adding a round", () => {
  it("accepts a new name and a date", () => {
    expect(roundProblems("Month 9", "2027-11-30", rounds)).toEqual({});
  });

  it.each([
    ["", "2027-11-30", "label", /Name the round/],
    ["x".repeat(81), "2027-11-30", "label", /80 characters/],
    [" month  3 ", "2027-11-30", "label", /already a round called “month 3”/],
    ["Month 9", "", "date", /Enter the round date/],
    ["Month 9", "2027-11-31", "date", /calendar date/],
    ["Month 9", "1985-01-01", "date", /between 1990 and 2100/],
  ] as const)("refuses %j on %j", (label, date, field, message) => {
    expect(roundProblems(label, date, rounds)[field]).toMatch(message);
  });

  it("refuses a 41st round", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, label: `Round ${i}`, date: "2027-05-31" }));
    expect(roundProblems("One more", "2027-05-31", many).label).toMatch(/at most 40 rounds/);
  });
});

describe("adding a partner", () => {
  it.each([
    ["Greenleaf Grocers", [], null],
    ["  ", [], /Write the partner's name/],
    ["greenleaf   GROCERS", ["Greenleaf Grocers"], /greenleaf GROCERS is already listed/],
    ["x".repeat(121), [], /120 characters/],
    ["New", Array.from({ length: 30 }, (_, i) => `P${i}`), /at most 30 partners/],
  ])("%j", (name, partners, problem) => {
    const found = partnerProblem(name, partners);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it("tidies spaces in names", () => {
    expect(tidyName("  Harbor   City\tParks ")).toBe("Harbor City Parks");
  });
});
