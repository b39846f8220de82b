import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { engagementExports } from "~/lib/engagement/engagement-csv";
import { engagementExample } from "~/lib/engagement/engagement-example";
import { openCount } from "~/lib/engagement/feedback-log";
import { EngagementSchema } from "~/lib/engagement/engagement-tool";
import { quadrantOf } from "~/lib/engagement/power-interest";

describe("engagementExample", () => {
  it("is valid stored data", () => {
    expect(v.safeParse(EngagementSchema, engagementExample()).success).toBe(true);
  });

  it("places the guide's stakeholders in the quadrants its table gives", () => {
    const data = engagementExample();
    const quadrant = (key: string) => {
      const s = data.stakeholders.find((x) => x.id === `example-stakeholder-${key}`)!;
      return quadrantOf(s.power, s.interest, data.highFrom);
    };
    expect([quadrant("foundation"), quadrant("tenants")]).toEqual(["manage-closely", "manage-closely"]);
    expect([quadrant("council"), quadrant("inspectors")]).toEqual(["keep-satisfied", "keep-satisfied"]);
    expect([quadrant("residents"), quadrant("corner-stores"), quadrant("park-users"), quadrant("clinic")]).toEqual([
      "keep-informed",
      "keep-informed",
      "keep-informed",
      "keep-informed",
    ]);
    expect([quadrant("chains"), quadrant("media")]).toEqual(["monitor", "monitor"]);
    expect(openCount(data.feedback)).toBe(1);
  });

  it("offers a CSV of each table, nothing while a table is empty", () => {
    const exports = engagementExports(
      () => new Map(),
      () => "2027-03-02",
    );
    const data = engagementExample();
    const [map = "", plan = "", log = ""] = exports.csv.map((table) => table.csv(data) ?? "");
    expect(map.split("\n")[1]).toContain("Harbor Community Foundation");
    expect(plan).toContain("Overdue");
    expect(log).toContain("WIC");
    const empty = { ...data, stakeholders: [], plan: [], feedback: [] };
    expect(exports.csv.map((table) => table.csv(empty))).toEqual([null, null, null]);
  });
});
