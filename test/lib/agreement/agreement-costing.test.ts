import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { costingFrom } from "~/lib/agreement/agreement-costing";
import { agreementText, assembleAgreement } from "~/lib/agreement/agreement-outline";
import { renameOrganization } from "~/lib/organizations/organization-edit";
import { type OrganizationsData, organizationsTool } from "~/lib/organizations/organizations-tool";
import { linkPartners } from "~/lib/resources/partner-links";
import { type ResourcesData, resourcesTool } from "~/lib/resources/resources-tool";
import { decodeStoredText } from "~/lib/storage/decode";
import type { ToolDefinition } from "~/lib/storage/tool";

const FIXTURES = join(import.meta.dirname, "../../fixtures");
function fixture<T>(tool: ToolDefinition<T>, file: string): T {
  const decoded = decodeStoredText(tool, readFileSync(join(FIXTURES, tool.id, file), "utf8"));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.data;
}
const costing = (): ResourcesData => fixture(resourcesTool, "v1.json");
const stepTwo = (): OrganizationsData => fixture(organizationsTool, "v1.json");

describe("the agreement's contributions and cost sharing, from the costing tool (step 7)", () => {
  it("values every contribution in money, with its partner and what it is", () => {
    const { contributions } = costingFrom(costing(), stepTwo(), "en-US");
    expect(contributions).toHaveLength(8);
    expect(contributions[0]).toEqual({
      party: "Eastside Food Bank",
      what: "Staff time: Market coordinator, 20 hours a week",
      value: "$29,640.00",
    });
    expect(contributions.at(-1)).toEqual({ party: "Greenleaf Grocers", what: "Cash: Sponsorship", value: "$2,500.00" });
  });

  it("gives each partner's contributions in all and its share of the costs, which add up to the total", () => {
    const { shares, costSharing } = costingFrom(costing(), stepTwo(), "en-US");
    expect(shares).toEqual([
      { party: "Eastside Food Bank", contributed: "$45,715.20", share: "$42,900.00 (50%)" },
      { party: "Harbor City Parks Department", contributed: "$15,460.00", share: "$21,450.00 (25%)" },
      { party: "Greenleaf Grocers", contributed: "$22,000.00", share: "$21,450.00 (25%)" },
    ]);
    expect(costSharing).toBe(
      "The partnership's costs come to $85,800.00 over 12 months; the partners' contributions are valued at $83,175.20.\n" +
        "The costs are shared by the percentages the partners agreed. The table gives each partner's share.",
    );
  });

  it.each([
    ["equal", {}, "The costs are shared equally among the 3 partners."],
    ["proportional", { weightBasis: "benefit" as const }, "The costs are shared in proportion to each partner's expected benefit."],
  ])("says how the costs are shared by the %s method", (method, change, sentence) => {
    const data = { ...costing(), method: method as ResourcesData["method"], ...change };
    expect(costingFrom(data, stepTwo(), "en-US").costSharing).toContain(sentence);
  });

  it("says what is missing when the shares cannot be settled, and gives no share", () => {
    const data = costing();
    data.method = "proportional";
    data.partners[1] = { ...data.partners[1]!, weight: null };
    const result = costingFrom(data, stepTwo(), "en-US");
    expect(result.costSharing).toContain("The proportional shares are not settled yet: Enter a weight for Harbor City Parks Department.");
    expect(result.shares.map((s) => s.share)).toEqual(["Not settled yet", "Not settled yet", "Not settled yet"]);
  });

  it("says the partners have not chosen how to share the costs while no method is chosen", () => {
    const result = costingFrom({ ...costing(), method: null }, stepTwo(), "en-US");
    expect(result.costSharing).toContain("The partners have not chosen how to share the costs yet.");
    expect(result.shares.map((s) => s.share)).toEqual(["Not settled yet", "Not settled yet", "Not settled yet"]);
  });

  it("names partners as step 2's list does after a rename there", () => {
    const linked = linkPartners(costing(), stepTwo(), { writable: true, makeId: () => "x" });
    const renamed = renameOrganization(linked.organizations, "fixture-grocer", "Greenleaf Market");
    const result = costingFrom(linked.resources, renamed, "en-US");
    expect(result.shares[2]?.party).toBe("Greenleaf Market");
    expect(result.contributions.filter((c) => c.party === "Greenleaf Market")).toHaveLength(3);
  });

  it("fills the outline's section from the fixture, and leaves it to say step 7 fills it when the costing tool is empty", () => {
    const text = agreementText(assembleAgreement(costingFrom(costing(), stepTwo(), "en-US"), "en-US"));
    expect(text).toContain("Each partner's contributions and share of the costs\nPartner | Contributes in all | Share of the costs");
    expect(text).toContain("Harbor City Parks Department | $15,460.00 | $21,450.00 (25%)");
    expect(text).toContain("Harbor City Parks Department | Cash: Community events grant | $2,500.00");
    const empty = assembleAgreement(costingFrom(resourcesTool.empty(), stepTwo(), "en-US"), "en-US");
    expect(empty.sections.find((s) => s.key === "contributions")?.missing).toBe("Nothing saved yet: step 7 fills this");
  });
});
