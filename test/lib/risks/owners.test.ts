import { describe, expect, it } from "vitest";
import { newOrganization } from "~/lib/organizations/organization-edit";
import type { OrganizationsData } from "~/lib/organizations/organizations-tool";
import { BLANK_DRAFT, draftToRisk } from "~/lib/risks/risk-draft";
import { followOwners, matchOwner, ownerChange, ownerChoices } from "~/lib/risks/owners";
import { aRisk } from "../../support/risk-fixtures";

describe("ownerChoices", () => {
  it.each([
    ["partners first, then owners used", ["Parks"], ["Grocer", "Parks"], ["Parks", "Grocer"]],
    ["a name once however it is written", ["Greenleaf Grocers"], ["greenleaf  grocers", "GREENLEAF\u200B GROCERS"], ["Greenleaf Grocers"]],
    ["a name in another Unicode form matched, in the partner's own spelling", ["Ｅastside"], ["Eastside"], ["Ｅastside"]],
    ["blank owners left out", [], ["", "  ", "\u200B"], []],
    ["spaces tidied", [], ["  Food   Bank "], ["Food Bank"]],
  ])("%s", (_, partners, owners, expected) => {
    expect(ownerChoices(partners, owners)).toEqual(expected);
  });
});

describe("matchOwner", () => {
  const partners = ["Harbor City Parks Department", "Greenleaf Grocers"];
  it.each([
    ["a partner in other case and spacing", "  harbor city  parks department ", "Harbor City Parks Department"],
    ["a partner with an invisible character", "Greenleaf\u200B Grocers", "Greenleaf Grocers"],
    ["another name, tidied", "  Market   coordinator ", "Market coordinator"],
    ["a blank owner", "   ", ""],
  ])("%s", (_, typed, expected) => {
    expect(matchOwner(typed, partners)).toBe(expected);
  });
});

describe("owners that are step 2's organizations", () => {
  const list: OrganizationsData = { organizations: [newOrganization("org-grocer", "Greenleaf Grocers")] };

  it("an owner typed or picked is linked to the organization it names, kept as typed", () => {
    expect(ownerChange("greenleaf grocers", list)).toEqual({ owner: "greenleaf grocers", ownerOrganizationId: "org-grocer" });
    expect(ownerChange("Greenleaf", list)).toEqual({ owner: "Greenleaf", ownerOrganizationId: null });
  });

  it("a risk added from the form is linked, in the partner's spelling", () => {
    const draft = { ...BLANK_DRAFT, title: "Late delivery", owner: " greenleaf  GROCERS" };
    expect(draftToRisk(draft, "r1", ["Greenleaf Grocers"], list)).toMatchObject({
      owner: "Greenleaf Grocers",
      ownerOrganizationId: "org-grocer",
    });
    expect(draftToRisk(draft, "r1", ["Greenleaf Grocers"])).toMatchObject({ ownerOrganizationId: null });
  });

  it("a rename on step 2 renames the owner; other owners and an unchanged register stay as they are", () => {
    const linked = aRisk({ owner: "Greenleaf Grocers", ownerOrganizationId: "org-grocer" });
    const other = aRisk({ owner: "Market coordinator" });
    const data = { limits: { low: 3, moderate: 6, high: 12 }, risks: [linked, other] };
    expect(followOwners(data, list)).toBe(data);
    const renamed = followOwners(data, { organizations: [newOrganization("org-grocer", "Greenleaf Fresh Market")] });
    expect(renamed.risks).toEqual([{ ...linked, owner: "Greenleaf Fresh Market" }, other]);
    expect(renamed.risks[1]).toBe(other);
  });

  it("an old register's owners are linked by name when step 2's list has them; an unreadable (empty) list leaves them", () => {
    const old = aRisk({ owner: "GREENLEAF grocers" });
    const data = { limits: { low: 3, moderate: 6, high: 12 }, risks: [old] };
    expect(followOwners(data, list).risks[0]).toEqual({ ...old, owner: "Greenleaf Grocers", ownerOrganizationId: "org-grocer" });
    expect(followOwners(data, { organizations: [] })).toBe(data);
  });
});
