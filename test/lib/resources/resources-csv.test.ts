import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { computeCostSharing } from "~/lib/resources/cost-sharing";
import { budgetCsv, contributionsCsv, csvAmount, sharingCsv } from "~/lib/resources/resources-csv";
import { resourcesExample } from "~/lib/resources/resources-example";

describe("csvAmount", () => {
  it.each([
    [123456n, 2, 1234.56],
    [-599000n, 2, -5990],
    [1500n, 0, 1500],
    [12_500n, 3, 12.5],
    [10n ** 20n + 1n, 2, "1000000000000000000.01"],
  ])("writes %s with %i digits as %j", (units, digits, expected) => {
    expect(csvAmount(units, digits)).toBe(expected);
  });
});

describe("CSV exports", () => {
  it("lists contributions with their values and neutralises formulas", () => {
    const data = resourcesExample();
    data.partners[1] = { ...data.partners[1]!, name: '=HYPERLINK("x")' };
    const rows = parseCsv(contributionsCsv(data));
    expect(rows[0]).toEqual(["Partner", "Type", "Description", "Quantity", "Unit value", "Value", "Cash or in kind", "Currency"]);
    expect(rows[1]).toEqual([
      '\'=HYPERLINK("x")',
      "Cash",
      "Tents, tables and scales, from the city's community events grant, paid to the shared account",
      "1",
      "2500",
      "2500",
      "Cash",
      "USD",
    ]);
    expect(rows[2]?.[5]).toBe("3000");
    expect(rows).toHaveLength(14);
  });

  it("gives the sharing result per partner and in total, negative balances as numbers", () => {
    const data = resourcesExample();
    const rows = parseCsv(sharingCsv(data, computeCostSharing(data)) ?? "");
    expect(rows[2]).toEqual([
      "Harbor City Parks Department",
      "Custom",
      "20203.04",
      "2500",
      "16200",
      "18700",
      "-1503.04",
      "1503.04",
      "0",
      "0",
      "0",
      "USD",
    ]);
    expect(rows[4]).toEqual([
      "All partners",
      "Custom",
      "101015.2",
      "10300",
      "90715.2",
      "101015.2",
      "0",
      "6007.6",
      "6007.6",
      "0",
      "0",
      "USD",
    ]);
  });

  it("gives no sharing CSV while the method has a problem", () => {
    const data = { ...resourcesExample(), method: "proportional" as const };
    data.partners = data.partners.map((p) => ({ ...p, weight: null }));
    expect(sharingCsv(data, computeCostSharing(data))).toBeNull();
  });

  it("lists the budget over the term", () => {
    const rows = parseCsv(budgetCsv(resourcesExample()));
    expect(rows[0]).toEqual(["Cost item", "Frequency", "Amount", "Over 12 months", "Currency"]);
    expect(rows[2]).toEqual(["Cash: Cooking-class ingredients", "Monthly", "250", "3000", "USD"]);
  });
});
