import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { setPartnershipName } from "~/lib/goals/goals-edits";
import { goalsExample } from "~/lib/goals/goals-example";
import { type Goal, GoalsSchema, byPriority, goalsTool, smartScore } from "~/lib/goals/goals-tool";

const goal = (over: Partial<Goal> = {}): Goal => ({
  id: "g",
  title: "A goal",
  smart: { specific: false, measurable: false, achievable: false, relevant: false, timeBound: false },
  priority: "medium",
  owner: "",
  wants: "",
  ...over,
});

describe("smartScore", () => {
  it.each([
    [{}, 0],
    [{ specific: true }, 1],
    [{ specific: true, measurable: true, timeBound: true }, 3],
    [{ specific: true, measurable: true, achievable: true, relevant: true, timeBound: true }, 5],
  ])("%j passes %i tests", (smart, score) => {
    expect(smartScore(goal({ smart: { ...goal().smart, ...smart } }))).toBe(score);
  });
});

describe("byPriority", () => {
  it("puts high before medium before low and keeps entry order within a priority", () => {
    const goals = [
      goal({ id: "1", priority: "low" }),
      goal({ id: "2", priority: "high" }),
      goal({ id: "3", priority: "medium" }),
      goal({ id: "4", priority: "high" }),
    ];
    expect(byPriority(goals).map((g) => g.id)).toEqual(["2", "4", "3", "1"]);
  });
});

describe("the goals schema", () => {
  it("accepts the worked example, which names the partnership as the guide does", () => {
    expect(v.safeParse(GoalsSchema, goalsExample()).success).toBe(true);
    expect(goalsExample().partnershipName).toBe("Riverside Fresh Start");
  });

  it.each([
    ["a blank title", { goals: [goal({ title: "   " })] }],
    ["an unknown priority", { goals: [goal({ priority: "urgent" as Goal["priority"] })] }],
    ["an over-long organization", { organization: "x".repeat(121) }],
    ["an over-long partnership name", { partnershipName: "x".repeat(121) }],
    ["a partnership name that is not text", { partnershipName: 5 }],
    ["a missing SMART test", { goals: [{ ...goal(), smart: { specific: true } }] }],
  ])("refuses %s", (_, change) => {
    expect(v.safeParse(GoalsSchema, { ...goalsExample(), ...change }).success).toBe(false);
  });

  it("summarizes what is saved", () => {
    expect(goalsTool.summarize(goalsTool.empty())).toBe("");
    expect(goalsTool.summarize({ ...goalsTool.empty(), goals: [goal()] })).toBe("1 goal");
    expect(goalsTool.summarize(goalsExample())).toBe("3 goals");
  });
});

describe("setPartnershipName", () => {
  it("names the partnership, and returns the data as it was when the name is the same", () => {
    const named = setPartnershipName(goalsTool.empty(), "Riverside Fresh Start");
    expect(named).toEqual({ ...goalsTool.empty(), partnershipName: "Riverside Fresh Start" });
    expect(setPartnershipName(named, "Riverside Fresh Start")).toBe(named);
  });
});
