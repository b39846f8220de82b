import { describe, expect, it } from "vitest";
import { overloadLimitProblem, parseOverloadLimit, personNameProblem, taskNameProblem } from "~/lib/raci/raci-input";
import { raciTool } from "~/lib/raci/raci-tool";
import { chart } from "./fixtures";

describe("RACI form checks", () => {
  const data = chart(["Programs director"], [["Setup", "A"]]);
  it.each([
    [taskNameProblem("Weekly order", data), null],
    [taskNameProblem(" SETUP ", data), "“Setup” is already in the list."],
    [taskNameProblem("", data), "Write the name of the task."],
    [personNameProblem("programs  director", data), "“Programs director” is already in the list."],
    [personNameProblem("", data), "Write the name of the person or role."],
    [personNameProblem("x".repeat(121), data), "Keep the name to 120 characters or fewer."],
    [overloadLimitProblem("5"), null],
    [overloadLimitProblem("0"), "Give the limit as a whole number from 1 to 100."],
    [overloadLimitProblem("2.5"), "Give the limit as a whole number from 1 to 100."],
    [overloadLimitProblem("101"), "Give the limit as a whole number from 1 to 100."],
  ])("%#: %j", (problem, expected) => {
    expect(problem).toBe(expected);
  });

  it("parses the limit and says the limits of the chart when full", () => {
    expect(parseOverloadLimit(" 7 ")).toBe(7);
    const full = chart(
      Array.from({ length: 30 }, (_, i) => `P${i}`),
      Array.from({ length: 100 }, (_, i): [string, string] => [`T${i}`, ""]),
    );
    expect(taskNameProblem("New", full)).toBe("The list holds at most 100 tasks; remove one before adding another.");
    expect(personNameProblem("New", full)).toBe("The list holds at most 30 people or roles; remove one before adding another.");
    expect(personNameProblem("New", raciTool.empty())).toBeNull();
  });
});
