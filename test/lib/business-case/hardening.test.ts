import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { businessCaseTool } from "~/lib/business-case/business-case-tool";
import { businessCaseProblems } from "~/lib/business-case/case-check";
import { addBenchmark, includeGoal } from "~/lib/business-case/case-edit";
import { addBenefit, enterTotalCost } from "~/lib/business-case/cost-and-benefits";
import { addOption, chooseOption } from "~/lib/business-case/options";
import { addSwotItem } from "~/lib/business-case/swot";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function buildFilledCase(): Json {
  let data = addOption(businessCaseTool.empty(), {
    id: "m",
    name: "Joint market",
    cost: 8_580_000,
    benefits: "Fresh food",
    risks: "Rain",
    verdict: "Best",
  });
  data = addSwotItem(chooseOption(includeGoal(data, "g1"), "m"), "threats", { id: "t", text: "Bad weather" });
  data = addBenefit(enterTotalCost(data, 8_580_000), { id: "b", name: "Food costs saved", yearlyValue: 12_000_000, basis: "Survey" });
  data = addBenchmark(data, { id: "k", program: "Eastside market", figure: "$14", source: "Report" });
  return JSON.parse(JSON.stringify(data)) as Json;
}

const FILLED = JSON.stringify(buildFilledCase());
const filledCase = () => JSON.parse(FILLED) as Json;

function paths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, i) => paths(item, [...path, i]))];
  if (value && typeof value === "object") return [path, ...Object.entries(value).flatMap(([k, item]) => paths(item, [...path, k]))];
  return [path];
}

/** The case with the value at one path replaced. */
function mutated(pick: number, replacement: Json): Json {
  const root = filledCase();
  const all = paths(root).filter((p) => p.length > 0);
  const path = all[pick % all.length] as (string | number)[];
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1] as string | number] = replacement;
  return root;
}

const hostile = fc.oneof(
  fc.constantFrom<Json>(null, true, -1, 0, 0.5, 1e308, "", " ", "a\nb", "x".repeat(3000), "m", "do-nothing", "b", [], {}),
  fc.jsonValue() as fc.Arbitrary<Json>,
);

describe("imports of a business case", () => {
  it("never throw, and accept only cases that hold together", () => {
    fc.assert(
      fc.property(fc.nat(), hostile, (pick, replacement) => {
        const result = v.safeParse(businessCaseTool.schema, mutated(pick, replacement));
        if (result.success) expect(businessCaseProblems(result.output)).toEqual([]);
        else expect(result.issues[0].message).toMatch(/\S/);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
  it("accept the filled case as it is", () => expect(v.safeParse(businessCaseTool.schema, filledCase()).success).toBe(true));
});
