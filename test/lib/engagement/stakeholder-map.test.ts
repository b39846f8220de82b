import { describe, expect, it } from "vitest";
import { stakeholderRows } from "~/lib/engagement/stakeholder-map";
import { mapOf, stakeholder } from "./sample";

describe("stakeholderRows", () => {
  const organizations = new Map([["org1", "Harbor Community Foundation"]]);
  const data = mapOf(
    stakeholder("a", 5, 4, { organizationId: "org1", name: "", stanceNow: "wary", stanceWanted: "champion" }),
    stakeholder("b", 2, 5, { name: "Riverside Courts tenants", level: "collaborate" }),
  );
  it("names, places and levels each stakeholder", () => {
    expect(
      stakeholderRows(data, organizations).map(({ name, quadrant, level, suggested, stanceGap }) => [
        name,
        quadrant,
        level,
        suggested,
        stanceGap,
      ]),
    ).toEqual([
      ["Harbor Community Foundation", "manage-closely", "collaborate", true, 3],
      ["Riverside Courts tenants", "keep-informed", "collaborate", false, 1],
    ]);
  });
  it("follows the high-from setting", () => {
    expect(stakeholderRows({ ...data, highFrom: 5 }, organizations).map((r) => [r.quadrant, r.level])).toEqual([
      ["keep-satisfied", "consult"],
      ["keep-informed", "collaborate"],
    ]);
  });
});
