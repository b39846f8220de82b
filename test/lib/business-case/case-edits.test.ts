import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  type BusinessCaseData,
  DO_NOTHING_ID,
  MAX_OPTIONS,
  MAX_SWOT_ITEMS,
  businessCaseTool,
} from "~/lib/business-case/business-case-tool";
import {
  addBenchmark,
  addKeyPlayer,
  editBenchmark,
  includeGoal,
  leaveOutGoal,
  removeKeyPlayer,
  setCaseText,
} from "~/lib/business-case/case-edit";
import { addOption, chooseOption, chosenOption, editOption, removeOption } from "~/lib/business-case/options";
import { addSwotItem, editSwotItem, moveSwotItem, removeSwotItem, swotListOf } from "~/lib/business-case/swot";

const fresh = () => businessCaseTool.empty();
const draft = (id: string, name: string) => ({ id, name, cost: null, benefits: "", risks: "", verdict: "" });
const withMarket = () => addOption(fresh(), draft("market", "Joint weekly market"));

describe("case fields", () => {
  it("sets a text field, and returns the same case when it is unchanged", () => {
    const data = setCaseText(fresh(), "purpose", "Fresh food close to home");
    expect(data.purpose).toBe("Fresh food close to home");
    expect(setCaseText(data, "purpose", "Fresh food close to home")).toBe(data);
  });
  it("includes a goal once and leaves it out", () => {
    const data = includeGoal(fresh(), "g1");
    expect(includeGoal(data, "g1")).toBe(data);
    expect(leaveOutGoal(data, "g1").objectiveGoalIds).toEqual([]);
    expect(leaveOutGoal(data, "other")).toBe(data);
  });
  it("adds and removes key players by organization id", () => {
    const data = addKeyPlayer(addKeyPlayer(fresh(), "o1"), "o2");
    expect(data.keyPlayerIds).toEqual(["o1", "o2"]);
    expect(addKeyPlayer(data, "o1")).toBe(data);
    expect(removeKeyPlayer(data, "o1").keyPlayerIds).toEqual(["o2"]);
  });
  it("edits a benchmark by id", () => {
    const data = addBenchmark(fresh(), { id: "b", program: "Eastside market", figure: "$14 per household", source: "2024 report" });
    expect(editBenchmark(data, "b", { figure: "$15 per household" }).benchmarks[0]?.figure).toBe("$15 per household");
    expect(editBenchmark(data, "nope", { figure: "x" })).toBe(data);
  });
});

describe("options", () => {
  it("adds an option that is never the baseline", () => {
    expect(withMarket().options.map((o) => [o.name, o.baseline])).toEqual([
      ["Do nothing", true],
      ["Joint weekly market", false],
    ]);
  });
  it(`stops at ${MAX_OPTIONS} options`, () => {
    let data = fresh();
    for (let i = 0; i < MAX_OPTIONS + 3; i++) data = addOption(data, draft(`o${i}`, `Option ${i}`));
    expect(data.options).toHaveLength(MAX_OPTIONS);
  });
  it("chooses an option, ignores an unknown id, and clears the choice when the chosen option goes", () => {
    const data = chooseOption(withMarket(), "market");
    expect(chosenOption(data)?.name).toBe("Joint weekly market");
    expect(chooseOption(data, "ghost")).toBe(data);
    expect(chooseOption(data, "market")).toBe(data);
    const removed = removeOption(data, "market");
    expect(removed.chosenOptionId).toBe("");
    expect(chosenOption(removed)).toBeNull();
  });
  it("keeps the Do nothing option: it can be renamed but not removed", () => {
    const data = editOption(withMarket(), DO_NOTHING_ID, { name: "Business as usual" });
    expect(data.options[0]?.name).toBe("Business as usual");
    expect(removeOption(data, DO_NOTHING_ID)).toBe(data);
  });
});

describe("SWOT", () => {
  const filled = () => {
    let data = fresh();
    for (const id of ["a", "b", "c"]) data = addSwotItem(data, "strengths", { id, text: id });
    return addSwotItem(data, "threats", { id: "t", text: "Rain" });
  };
  const order = (data: BusinessCaseData) => data.swot.strengths.map((i) => i.id).join("");

  it("adds to one list and finds the list by id", () => {
    expect(swotListOf(filled(), "t")).toBe("threats");
    expect(swotListOf(filled(), "zzz")).toBeNull();
  });
  it("refuses an id used in another list", () => {
    const data = filled();
    expect(addSwotItem(data, "weaknesses", { id: "a", text: "again" })).toBe(data);
  });
  it(`stops at ${MAX_SWOT_ITEMS} items per list`, () => {
    let data = fresh();
    for (let i = 0; i < MAX_SWOT_ITEMS + 1; i++) data = addSwotItem(data, "opportunities", { id: `o${i}`, text: "x" });
    expect(data.swot.opportunities).toHaveLength(MAX_SWOT_ITEMS);
  });
  it.each([
    ["c", -1, "acb"],
    ["a", -1, "abc"],
    ["a", 2, "bca"],
    ["t", -1, "abc"],
  ])("moves %s by %d within its list: %s", (id, by, expected) => expect(order(moveSwotItem(filled(), id, by))).toBe(expected));
  it("edits and removes by id, and returns the same case for unknown ids", () => {
    const data = filled();
    expect(editSwotItem(data, "t", "Storms").swot.threats[0]?.text).toBe("Storms");
    expect(order(removeSwotItem(data, "b"))).toBe("ac");
    expect(editSwotItem(data, "zzz", "x")).toBe(data);
    expect(removeSwotItem(data, "zzz")).toBe(data);
    expect(moveSwotItem(data, "zzz", 1)).toBe(data);
  });
});

describe("edits never store what the schema would refuse", () => {
  it.each<[string, (d: BusinessCaseData) => BusinessCaseData]>([
    ["an option renamed to blank", (d) => editOption(d, "market", { name: "  " })],
    ["an option named on two lines", (d) => addOption(d, draft("two", "One\nTwo"))],
    ["a negative option cost", (d) => editOption(d, "market", { cost: -1 })],
    ["a SWOT point emptied", (d) => editSwotItem(d, "s", "")],
    ["a SWOT point added on two lines", (d) => addSwotItem(d, "threats", { id: "t", text: "Rain\nWind" })],
    ["a purpose past 2,000 characters", (d) => setCaseText(d, "purpose", "x".repeat(2001))],
    ["an empty goal id", (d) => includeGoal(d, "")],
  ])("%s leaves the case as it was", (_, edit) => {
    const data = addSwotItem(withMarket(), "strengths", { id: "s", text: "Trust" });
    expect(edit(data)).toBe(data);
  });
});

describe("properties", () => {
  const ids = fc.constantFrom("a", "b", "c", DO_NOTHING_ID, "");
  const anyText = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom("", " ", "a\nb", "x".repeat(201)));
  const action = fc.oneof(
    fc.tuple(fc.constant("add" as const), ids, anyText),
    fc.tuple(fc.constant("rename" as const), ids, anyText),
    fc.tuple(fc.constant("remove" as const), ids),
    fc.tuple(fc.constant("choose" as const), ids),
    fc.tuple(fc.constant("swot" as const), ids, anyText, fc.integer({ min: -3, max: 3 })),
    fc.tuple(fc.constant("text" as const), anyText),
  );
  type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;
  const apply = (data: BusinessCaseData, a: Action): BusinessCaseData => {
    switch (a[0]) {
      case "add":
        return addOption(data, draft(a[1], a[2]));
      case "rename":
        return editOption(data, a[1], { name: a[2] });
      case "remove":
        return removeOption(data, a[1]);
      case "choose":
        return chooseOption(data, a[1]);
      case "swot":
        return moveSwotItem(editSwotItem(addSwotItem(data, "strengths", { id: a[1], text: "Point" }), a[1], a[2]), a[1], a[3]);
      case "text":
        return setCaseText(data, "problem", a[1]);
    }
  };
  it("any sequence of edits keeps a case the schema accepts, with exactly one Do nothing", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const data = actions.reduce(apply, fresh());
        expect(data.options.filter((o) => o.baseline)).toHaveLength(1);
        expect(v.safeParse(businessCaseTool.schema, data).success).toBe(true);
      }),
    );
  });
});
