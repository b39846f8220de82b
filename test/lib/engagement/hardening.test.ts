import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { engagementProblems } from "~/lib/engagement/engagement-check";
import { addPlanRow } from "~/lib/engagement/engagement-plan";
import { engagementTool } from "~/lib/engagement/engagement-tool";
import { addFeedback } from "~/lib/engagement/feedback-log";
import { addStakeholder } from "~/lib/engagement/stakeholders";
import { stakeholder } from "./sample";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function buildFilledMap(): Json {
  let data = addStakeholder(engagementTool.empty(), stakeholder("a", 5, 5, { organizationId: "org1", name: "" }));
  data = addStakeholder(addStakeholder(data, stakeholder("b", 2, 5)), stakeholder("c", 1, 1, { level: "inform" }));
  const row = { topic: "Market day", level: "consult" as const, method: "Survey", date: "2027-02-15", owner: "Coordinator", done: false };
  data = addPlanRow(addPlanRow(data, { ...row, id: "p1", stakeholderIds: ["a", "b"] }), { ...row, id: "p2", stakeholderIds: ["c"] });
  data = addFeedback(data, { id: "f", what: "Saturdays suit us", from: "Tenants", date: "2027-02-20", response: "", status: "open" });
  return JSON.parse(JSON.stringify(data)) as Json;
}

const FILLED = JSON.stringify(buildFilledMap());
const filledMap = () => JSON.parse(FILLED) as Json;

function paths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => paths(item, [...path, i]))];
  if (value && typeof value === "object") return [path, ...Object.entries(value).flatMap(([k, item]) => paths(item, [...path, k]))];
  return [path];
}

/** The map with the value at one path replaced. */
function mutated(pick: number, replacement: Json): Json {
  const root = filledMap();
  const all = paths(root).filter((p) => p.length > 0);
  const path = all[pick % all.length] as (string | number)[];
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1] as string | number] = replacement;
  return root;
}

const hostile = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    -1,
    0,
    6,
    2.5,
    1e308,
    "",
    " ",
    "\u200b",
    "a",
    "b",
    "org1",
    "Group b",
    "2027-02-30",
    ["a", "a"],
    ["zzz"],
    {},
  ),
  fc.jsonValue() as fc.Arbitrary<Json>,
);

describe("imports of a stakeholder map", () => {
  it("never throw, and accept only maps that hold together", () => {
    fc.assert(
      fc.property(fc.nat(), hostile, (pick, replacement) => {
        const result = v.safeParse(engagementTool.schema, mutated(pick, replacement));
        if (result.success) expect(engagementProblems(result.output)).toEqual([]);
        else expect(result.issues[0].message).toMatch(/\S/);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
  it("accept the filled map as it is", () => expect(v.safeParse(engagementTool.schema, filledMap()).success).toBe(true));
});
