import { describe, expect, it } from "vitest";
import { followLinks, followedLink, linkName, linkedName, rowsGainLink } from "~/lib/organizations/name-links";
import { newOrganization } from "~/lib/organizations/organization-edit";
import type { OrganizationsData } from "~/lib/organizations/organizations-tool";

const list: OrganizationsData = {
  organizations: [newOrganization("org-food", "Eastside Food Bank"), newOrganization("org-grocer", "Greenleaf Grocers")],
};

describe("linkName: what the reader types in a name field", () => {
  it.each([
    ["a name on step 2's list", "Eastside Food Bank", "org-food"],
    ["the same name in other case, spacing and invisible characters, kept as typed", "  eastside\u200B food  BANK ", "org-food"],
    ["half a name, not yet one of them", "Eastside Food", null],
    ["another name", "Market coordinator", null],
    ["nothing", "", null],
  ])("%s", (_, typed, id) => {
    expect(linkName(typed, list)).toEqual({ name: typed, organizationId: id });
  });
});

describe("followedLink: a saved name with step 2's list as it is now", () => {
  const renamed: OrganizationsData = { organizations: [newOrganization("org-food", "Eastside Community Pantry"), list.organizations[1]!] };
  it.each([
    [
      "a rename on step 2 reaches it",
      { name: "Eastside Food Bank", organizationId: "org-food" },
      renamed,
      { name: "Eastside Community Pantry", organizationId: "org-food" },
    ],
    ["the same name (as nameKey compares) is left as typed", { name: "eastside food bank", organizationId: "org-food" }, list, null],
    [
      "an old name links to the organization of that name, in its spelling",
      { name: "greenleaf grocers", organizationId: null },
      list,
      { name: "Greenleaf Grocers", organizationId: "org-grocer" },
    ],
    ["a name that is none of them stays", { name: "Market coordinator", organizationId: null }, list, null],
    ["an empty name stays", { name: "", organizationId: null }, list, null],
    [
      "an organization removed on step 2: name and id kept, for Undo there",
      { name: "Harbor Parks", organizationId: "org-gone" },
      list,
      null,
    ],
    [
      "an organization removed, then one of its name added: linked to it",
      { name: "Greenleaf Grocers", organizationId: "org-gone" },
      list,
      { name: "Greenleaf Grocers", organizationId: "org-grocer" },
    ],
    [
      "an empty list (unread or cleared) changes nothing",
      { name: "Eastside Food Bank", organizationId: "org-food" },
      { organizations: [] },
      null,
    ],
  ])("%s", (_, link, organizations, expected) => {
    expect(followedLink(link, organizations)).toEqual(expected);
  });

  it("linkedName shows the organization's name on the list, else the copy", () => {
    expect(linkedName({ name: "Eastside Food Bank", organizationId: "org-food" }, renamed)).toBe("Eastside Community Pantry");
    expect(linkedName({ name: "Harbor Parks", organizationId: "org-gone" }, renamed)).toBe("Harbor Parks");
  });
});

describe("followLinks", () => {
  const field = {
    read: (row: { who: string; whoId: string | null }) => ({ name: row.who, organizationId: row.whoId }),
    write: (row: { who: string; whoId: string | null }, link: { name: string; organizationId: string | null }) => ({
      ...row,
      who: link.name,
      whoId: link.organizationId,
    }),
  };

  it("returns the same array when no link changes, so nothing is saved", () => {
    const rows = [
      { who: "Eastside Food Bank", whoId: "org-food" },
      { who: "Someone", whoId: null },
    ];
    expect(followLinks(rows, field, list)).toBe(rows);
  });

  it("changes only the rows whose link moves", () => {
    const same = { who: "Someone", whoId: null };
    const rows = [same, { who: "Greenleaf Grocers", whoId: null }];
    const next = followLinks(rows, field, list);
    expect(next).toEqual([same, { who: "Greenleaf Grocers", whoId: "org-grocer" }]);
    expect(next[0]).toBe(same);
  });
});

describe("rowsGainLink: the migration that adds a link field", () => {
  const migrate = rowsGainLink("rows", "whoId");

  it("gives every row the field as null, keeping everything else", () => {
    expect(migrate({ other: 1, rows: [{ who: "A" }, { who: "B" }] })).toEqual({
      other: 1,
      rows: [
        { who: "A", whoId: null },
        { who: "B", whoId: null },
      ],
    });
  });

  it("is idempotent, and keeps a link a row already has", () => {
    const linked = { rows: [{ who: "A", whoId: "org" }] };
    expect(migrate(linked)).toEqual(linked);
    const once = migrate({ rows: [{ who: "A" }] });
    expect(migrate(once)).toEqual(once);
  });

  it.each([
    ["not an object", "text"],
    ["null", null],
    ["no list", { other: 1 }],
    ["the list not a list", { rows: "A" }],
  ])("returns data of another shape (%s) as it is, for the schema to refuse", (_, value) => {
    expect(migrate(value)).toBe(value);
  });

  it("leaves rows that are not objects for the schema to refuse", () => {
    expect(migrate({ rows: [null, 5, ["x"]] })).toEqual({ rows: [null, 5, ["x"]] });
  });
});
