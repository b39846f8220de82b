import { describe, expect, it } from "vitest";
import { chartPasses, chartProblems, holdersByTask, overloadText, overloads, problemText, taskProblems } from "~/lib/raci/raci-checks";
import { chart, guideChart } from "./fixtures";

const words = (columns: string[], letters: string) => {
  const data = chart(columns, [["Task", letters]]);
  return taskProblems(data, "t0").map(problemText);
};

describe("task checks", () => {
  it.each([
    ["one A and one R", ["P", "Q"], "AR", []],
    ["an Accountable alone", ["P"], "A", ["needs at least one Responsible"]],
    ["no letters", ["P", "Q"], "  ", ["needs exactly one Accountable (it has none)", "needs at least one Responsible"]],
    ["two Accountables", ["P", "Q", "S"], "AAR", ["needs exactly one Accountable (it has 2)"]],
    ["three Responsibles and one A", ["P", "Q", "S", "T"], "RRRA", []],
    ["only C and I", ["P", "Q"], "CI", ["needs exactly one Accountable (it has none)", "needs at least one Responsible"]],
    ["a group as Accountable", ["Board*", "Q"], "AR", ["needs one person or role as Accountable, not a group (Board)"]],
    ["a group as Responsible is fine", ["Crew*", "Q"], "RA", []],
    [
      "two groups Accountable",
      ["B1*", "B2*", "Q"],
      "AAR",
      [
        "needs exactly one Accountable (it has 2)",
        "needs one person or role as Accountable, not a group (B1)",
        "needs one person or role as Accountable, not a group (B2)",
      ],
    ],
  ])("%s", (_, columns, letters, expected) => {
    expect(words(columns, letters)).toEqual(expected);
  });
});

describe("holders by task", () => {
  it("gives each task, in row order, the people holding each letter asked for, in column order, tasks without letters included", () => {
    const data = chart(
      ["P", "Q", "S"],
      [
        ["First", "RAR"],
        ["Empty", "   "],
        ["Last", "CRA"],
      ],
    );
    const names = holdersByTask(data, ["A", "R"] as const).map(({ task, holders }) => [
      task.name,
      holders.A.map((p) => p.name),
      holders.R.map((p) => p.name),
    ]);
    expect(names).toEqual([
      ["First", ["Q"], ["P", "S"]],
      ["Empty", [], []],
      ["Last", ["S"], ["Q"]],
    ]);
  });
});

describe("overloaded columns", () => {
  const six = chart(
    ["P", "Q"],
    Array.from({ length: 6 }, (_, i): [string, string] => [`Task ${i}`, i < 5 ? "RA" : "AR"]),
  );

  it.each<[number, [string, number][]]>([
    [5, []],
    [4, [["P", 5]]],
    [1, [["P", 5]]],
  ])("with limit %i", (limit, expected) => {
    expect(overloads({ ...six, overloadLimit: limit }).map((o) => [o.person.name, o.responsible])).toEqual(expected);
  });

  it("says it in words", () => {
    const [first] = overloads({ ...six, overloadLimit: 4 });
    expect(first && overloadText(first, 4)).toBe("Responsible for 5 tasks, more than the limit of 4");
  });
});

describe("the guide's worked example", () => {
  it("passes every check when the strategic group column is not marked as a group", () => {
    expect(chartPasses(guideChart(false))).toBe(true);
  });

  it("fails two tasks when it is, since the strategic group is Accountable for publicity and cost settlement", () => {
    const data = guideChart(true);
    const failing = data.tasks.filter((t) => taskProblems(data, t.id).length > 0).map((t) => t.name);
    expect(failing).toEqual(["Publicity and use of logos", "Quarterly cost settlement"]);
  });

  it("keeps the market coordinator at the limit of 5 Responsible tasks, not over it", () => {
    expect(overloads(guideChart(false))).toEqual([]);
    expect(overloads({ ...guideChart(false), overloadLimit: 4 }).map((o) => o.person.name)).toEqual(["MC"]);
  });

  it("checks the whole chart as it checks each task", () => {
    const data = guideChart(true);
    expect(chartProblems(data).map((t) => t.problems)).toEqual(data.tasks.map((t) => taskProblems(data, t.id)));
  });

  it("an empty chart passes", () => {
    expect(chartPasses(chart([], []))).toBe(true);
  });
});
