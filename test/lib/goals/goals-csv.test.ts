import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { goalsCsv, goalsExports, offersCsv } from "~/lib/goals/goals-csv";
import type { GoalsData } from "~/lib/goals/goals-tool";

const none = { specific: false, measurable: false, achievable: false, relevant: false, timeBound: false };
const data: GoalsData = {
  organization: "Eastside Food Bank",
  partnershipName: "",
  goals: [
    {
      id: "a",
      title: "Serve 400 families a week by June",
      priority: "high",
      owner: "Programs lead",
      wants: 'Fresh produce, "at cost"',
      smart: { ...none, specific: true, measurable: true, timeBound: true },
    },
    { id: "b", title: "=Grow volunteers", priority: "low", owner: "+Board", wants: "", smart: none },
  ],
  offers: "About 180 volunteers\n\n  A refrigerated truck  \r\n=SUM(A1)",
  nonNegotiables: "Client data stays with us",
};

describe("goalsCsv", () => {
  it("lists every goal with its priority in words and each SMART test, text made formula-safe", () => {
    expect(parseCsv(goalsCsv(data))).toEqual([
      [
        "Goal",
        "Priority",
        "Owner",
        "What we want from a partnership",
        "Specific",
        "Measurable",
        "Achievable",
        "Relevant",
        "Time-bound",
        "SMART tests passed",
      ],
      ["Serve 400 families a week by June", "High", "Programs lead", 'Fresh produce, "at cost"', "Yes", "Yes", "No", "No", "Yes", "3 of 5"],
      ["'=Grow volunteers", "Low", "'+Board", "", "No", "No", "No", "No", "No", "0 of 5"],
    ]);
  });

  it("has nothing to download without goals, and prints the tool", () => {
    const [table] = goalsExports.csv;
    const empty = { ...data, goals: [] };
    expect(table?.available?.(empty)).toBe(false);
    expect(table?.csv(empty)).toBeNull();
    expect(table?.csv(data)).toContain("Serve 400 families");
    expect(goalsExports.print).toBe(true);
  });
});

describe("offersCsv", () => {
  it("lists each offer and non-negotiable on a row of its own, blank lines left out, text made formula-safe", () => {
    expect(parseCsv(offersCsv(data))).toEqual([
      ["List", "Item"],
      ["What we can offer", "About 180 volunteers"],
      ["What we can offer", "A refrigerated truck"],
      ["What we can offer", "'=SUM(A1)"],
      ["Non-negotiable", "Client data stays with us"],
    ]);
  });

  it("is offered once either list has an item", () => {
    const [, table] = goalsExports.csv;
    expect(table?.name).toBe("offers and non-negotiables");
    expect(table?.csv({ ...data, offers: " \n ", nonNegotiables: "" })).toBeNull();
    expect(table?.available?.({ ...data, offers: "", nonNegotiables: "Our name stays on the service" })).toBe(true);
  });
});
