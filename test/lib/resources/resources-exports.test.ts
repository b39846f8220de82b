import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { newPartner } from "~/lib/resources/resources-edits";
import { resourcesExports } from "~/lib/resources/resources-exports";
import { type ResourcesData, emptyResources } from "~/lib/resources/resources-tool";

const [contributions, sharing] = resourcesExports.csv;
const withPartners = (method: ResourcesData["method"], percent: number | null): ResourcesData => ({
  ...emptyResources(),
  method,
  partners: [
    { ...newPartner("Alpha", "p1"), percent },
    { ...newPartner("Beta", "p2"), percent },
  ],
  costs: [{ id: "c1", name: "Tents", amount: 10_000, frequency: "one-off" }],
});

describe("the costing tool's exports", () => {
  it("names its tables for the one label pattern and prints", () => {
    expect(resourcesExports.csv.map((t) => t.name)).toEqual(["contributions", "sharing result"]);
    expect(resourcesExports.print).toBe(true);
  });

  it.each<[string, ResourcesData, boolean, boolean]>([
    ["empty", emptyResources(), false, false],
    ["partners shared equally", withPartners("equal", null), false, true],
    ["custom percentages missing", withPartners("custom", null), false, false],
    ["custom percentages adding up to 100", withPartners("custom", 5000), false, true],
  ])("%s: contributions %s, sharing result %s", (_case, data, hasContributions, hasSharing) => {
    expect(contributions?.available?.(data)).toBe(hasContributions);
    expect(contributions?.csv(data) !== null).toBe(hasContributions);
    expect(sharing?.available?.(data)).toBe(hasSharing);
    expect(sharing?.csv(data) !== null).toBe(hasSharing);
  });

  it("writes the sharing result with a row per partner and the total", () => {
    const rows = parseCsv(sharing?.csv(withPartners("equal", null)) ?? "");
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ["Partner", "Fair share"],
      ["Alpha", "50"],
      ["Beta", "50"],
      ["All partners", "100"],
    ]);
  });
});
