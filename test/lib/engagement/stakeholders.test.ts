import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { engagementProblems } from "~/lib/engagement/engagement-check";
import { addPlanRow } from "~/lib/engagement/engagement-plan";
import { type EngagementData, MAX_STAKEHOLDERS, emptyEngagement, engagementTool } from "~/lib/engagement/engagement-tool";
import { nameKey } from "~/lib/names";
import {
  addStakeholder,
  editStakeholder,
  moveStakeholder,
  placeStakeholder,
  removeStakeholder,
  setEngagementLevel,
  setHighFrom,
  stakeholderName,
  stanceGap,
} from "~/lib/engagement/stakeholders";
import { mapOf, stakeholder } from "./sample";

const scores = (data: EngagementData, id: string) => {
  const s = data.stakeholders.find((x) => x.id === id);
  return [s?.power, s?.interest];
};

describe("moveStakeholder (arrow keys on the grid)", () => {
  it.each([
    [3, 3, 1, 0, [4, 3]],
    [3, 3, 0, -1, [3, 2]],
    [5, 5, 1, 1, [5, 5]],
    [1, 2, -1, -1, [1, 1]],
    [2, 4, 10, -10, [5, 1]],
  ])("from power %d, interest %d by (%d, %d) → %j", (power, interest, dPower, dInterest, expected) => {
    expect(scores(moveStakeholder(mapOf(stakeholder("a", power, interest)), "a", dPower, dInterest), "a")).toEqual(expected);
  });
  it("returns the same map when the stakeholder is at the edge or unknown", () => {
    const data = mapOf(stakeholder("a", 5, 1));
    expect(moveStakeholder(data, "a", 1, -1)).toBe(data);
    expect(moveStakeholder(data, "zzz", 1, 1)).toBe(data);
  });
  it("keeps scores within 1–5 whatever the moves", () => {
    const step = fc.integer({ min: -7, max: 7 });
    fc.assert(
      fc.property(fc.array(fc.tuple(step, step), { maxLength: 40 }), (moves) => {
        const data = moves.reduce((d, [dp, di]) => moveStakeholder(d, "a", dp, di), mapOf(stakeholder("a")));
        const [power, interest] = scores(data, "a");
        for (const score of [power, interest]) expect(Number.isInteger(score) && score! >= 1 && score! <= 5).toBe(true);
      }),
    );
  });
  it("placing on a cell brings scores within 1–5", () => {
    expect(scores(placeStakeholder(mapOf(stakeholder("a")), "a", 9, 0), "a")).toEqual([5, 1]);
  });
});

describe("adding and editing", () => {
  it(`stops at ${MAX_STAKEHOLDERS} stakeholders`, () => {
    let data = emptyEngagement();
    for (let i = 0; i < MAX_STAKEHOLDERS + 1; i++) data = addStakeholder(data, stakeholder(`s${i}`));
    expect(data.stakeholders).toHaveLength(MAX_STAKEHOLDERS);
  });
  it.each([
    ["the same name in other case and spacing", { name: "  elm   STREET tenants" }],
    ["a zero-width space inside", { name: "Elm\u200b Street Tenants" }],
    ["a compatibility form (full-width letters)", { name: "Ｅｌｍ Street Tenants" }],
  ])("refuses %s", (_, change) => {
    const data = mapOf(stakeholder("a", 3, 3, { name: "Elm Street Tenants" }));
    expect(addStakeholder(data, stakeholder("b", 3, 3, change))).toBe(data);
  });
  it("refuses the same organization twice, and allows one organization beside a named group", () => {
    const data = mapOf(stakeholder("a", 3, 3, { organizationId: "org1", name: "" }));
    expect(addStakeholder(data, stakeholder("b", 3, 3, { organizationId: "org1", name: "" }))).toBe(data);
    expect(addStakeholder(data, stakeholder("c")).stakeholders).toHaveLength(2);
  });
  it("refuses an edit that makes a duplicate", () => {
    const data = mapOf(stakeholder("a"), stakeholder("b"));
    expect(editStakeholder(data, "b", { name: "group A" })).toBe(data);
    expect(editStakeholder(data, "b", { stanceNow: "champion" }).stakeholders[1]?.stanceNow).toBe("champion");
  });
  it.each<[string, (d: EngagementData) => EngagementData]>([
    ["a blank name", (d) => editStakeholder(d, "a", { name: " \u200b " })],
    ["a name past 120 characters", (d) => addStakeholder(d, stakeholder("c", 3, 3, { name: "x".repeat(121) }))],
    ["a stakeholder without a name", (d) => addStakeholder(d, stakeholder("c", 3, 3, { name: "" }))],
    ["a level IAP2 does not have", (d) => setEngagementLevel(d, "a", "delegate" as "inform")],
    ["an unknown stance", (d) => editStakeholder(d, "a", { stanceWanted: "ally" as "champion" })],
  ])("refuses %s and leaves the map as it was", (_, edit) => {
    const data = mapOf(stakeholder("a"), stakeholder("b"));
    expect(edit(data)).toBe(data);
  });
  it("sets and clears the chosen engagement level", () => {
    const data = setEngagementLevel(mapOf(stakeholder("a")), "a", "empower");
    expect(data.stakeholders[0]?.level).toBe("empower");
    expect(setEngagementLevel(data, "a", "empower")).toBe(data);
    expect(setEngagementLevel(data, "a", null).stakeholders[0]?.level).toBeNull();
  });
  it("removes a stakeholder from the plan rows that named it", () => {
    let data = mapOf(stakeholder("a"), stakeholder("b"));
    data = addPlanRow(data, {
      id: "p",
      topic: "Market day",
      stakeholderIds: ["a", "b"],
      level: "consult",
      method: "Survey",
      date: "",
      owner: "",
      done: false,
    });
    const next = removeStakeholder(data, "a");
    expect(next.stakeholders.map((s) => s.id)).toEqual(["b"]);
    expect(next.plan[0]?.stakeholderIds).toEqual(["b"]);
    expect(removeStakeholder(next, "a")).toBe(next);
  });
});

describe("names, stances and the threshold", () => {
  const organizations = new Map([["org1", "Greenleaf Co-op"]]);
  it.each([
    [{ organizationId: "org1", name: "" }, "Greenleaf Co-op"],
    [{ organizationId: "", name: " Elm Street Tenants " }, "Elm Street Tenants"],
    [{ organizationId: "gone", name: "" }, "(organization no longer listed)"],
  ])("%j is called %s", (s, expected) => expect(stakeholderName(s, organizations)).toBe(expected));
  it.each([
    ["opposed", "champion", 4],
    ["neutral", "supportive", 1],
    ["supportive", "supportive", 0],
    ["champion", "wary", -3],
  ] as const)("from %s to %s is %d steps", (stanceNow, stanceWanted, gap) => expect(stanceGap({ stanceNow, stanceWanted })).toBe(gap));
  it.each([
    [4, 4],
    [1, 3],
    [6, 3],
    [2.5, 3],
  ])("high from %d → %d", (value, expected) => expect(setHighFrom(emptyEngagement(), value).highFrom).toBe(expected));
  it("compares names as NFKC without invisible characters", () => {
    expect(nameKey("Ｃａｆé\u00ad  Uno\u200d")).toBe(nameKey("café uno"));
  });
});

describe("properties", () => {
  const ids = fc.constantFrom("a", "b", "c", "d");
  const action = fc.oneof(
    fc.tuple(fc.constant("add"), ids, fc.constantFrom("Elm", "elm", "Oak", "", " \u200b", "x".repeat(121))),
    fc.tuple(fc.constant("rename"), ids, fc.constantFrom("Elm", "ELM ", "Pine", "", "\u00ad")),
    fc.tuple(fc.constant("move"), ids, fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 })),
    fc.tuple(fc.constant("remove"), ids),
    fc.tuple(fc.constant("plan"), ids, fc.array(ids, { maxLength: 5 })),
  );
  it("any sequence of edits keeps data the schema accepts", () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        let data = emptyEngagement();
        for (const a of actions) {
          if (a[0] === "add") data = addStakeholder(data, stakeholder(a[1], 3, 3, { name: a[2] }));
          if (a[0] === "rename") data = editStakeholder(data, a[1], { name: a[2] });
          if (a[0] === "move") data = moveStakeholder(data, a[1], a[2], a[3]);
          if (a[0] === "remove") data = removeStakeholder(data, a[1]);
          if (a[0] === "plan")
            data = addPlanRow(data, {
              id: `p${a[1]}`,
              topic: "T",
              stakeholderIds: a[2],
              level: "inform",
              method: "",
              date: "",
              owner: "",
              done: false,
            });
        }
        expect(engagementProblems(data)).toEqual([]);
        expect(v.safeParse(engagementTool.schema, data).success).toBe(true);
      }),
    );
  });
});
