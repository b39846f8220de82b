import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { newOrganization } from "~/lib/organizations/organization-edit";
import { organizationsCsv, organizationsExports } from "~/lib/organizations/organizations-csv";

const data = {
  organizations: [
    newOrganization("a", "Eastside Food Bank", { kind: "nonprofit", status: "partner", own: true }),
    newOrganization("b", "=Valley Fresh", { kind: "business", status: "declined", brings: 'Produce, "at cost"', contactRole: "+Owner" }),
  ],
};

describe("organizationsCsv", () => {
  it("lists every organization with its kind and status in words, text made formula-safe", () => {
    expect(parseCsv(organizationsCsv(data))).toEqual([
      ["Organization", "Kind", "Status", "What they could bring", "Contact role", "Your own organization"],
      ["Eastside Food Bank", "Nonprofit", "Partner", "", "", "Yes"],
      ["'=Valley Fresh", "Business", "Declined", 'Produce, "at cost"', "'+Owner", ""],
    ]);
  });

  it("has nothing to download for an empty list", () => {
    const [table] = organizationsExports.csv;
    expect(table?.available?.({ organizations: [] })).toBe(false);
    expect(table?.csv({ organizations: [] })).toBeNull();
    expect(table?.csv(data)).toContain("Eastside Food Bank");
  });
});
