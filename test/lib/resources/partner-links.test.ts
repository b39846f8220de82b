import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { newOrganization } from "~/lib/organizations/organization-edit";
import { MAX_ORGANIZATIONS, type OrganizationsData, organizationsTool } from "~/lib/organizations/organizations-tool";
import { computeCostSharing } from "~/lib/resources/cost-sharing";
import {
  costingUse,
  dropUnlinkedAdditions,
  keepLinkedOrganizations,
  linkPartners,
  listedNameProblem,
  partnerPlace,
  reconcilePartners,
  restoreLinkedAdditions,
  syncPartnerNames,
} from "~/lib/resources/partner-links";
import { renamePartner } from "~/lib/resources/resources-edits";
import { type ResourcesData, resourcesTool } from "~/lib/resources/resources-tool";
import { decodeStoredText } from "~/lib/storage/decode";
import type { ToolDefinition } from "~/lib/storage/tool";

const FIXTURES = join(import.meta.dirname, "../../fixtures");

function fixture<T>(tool: ToolDefinition<T>, file: string): T {
  const decoded = decodeStoredText(tool, readFileSync(join(FIXTURES, tool.id, file), "utf8"));
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.data;
}

/** The old costing data (Eastside Food Bank, Harbor City Parks Department, Greenleaf Grocers), migrated. */
const oldCosting = () => fixture<ResourcesData>(resourcesTool, "v1.json");
/** Step 2's list with Eastside Food Bank and Greenleaf Grocers. */
const stepTwo = () => fixture<OrganizationsData>(organizationsTool, "v1.json");
let counter = 0;
const writable = { writable: true, makeId: () => `new-${++counter}` };
const names = (data: OrganizationsData) => data.organizations.map((o) => o.name);
const full = (): OrganizationsData => ({
  organizations: Array.from({ length: MAX_ORGANIZATIONS }, (_, i) => newOrganization(`o${i}`, i === 3 ? "GREENLEAF grocers" : `Org ${i}`)),
});

describe("linkPartners: the costing tool's partners on step 2's list", () => {
  it("links names step 2 already has (by nameKey), adds the others, and loses no name, contribution or figure", () => {
    const before = oldCosting();
    const { resources, organizations } = linkPartners(before, stepTwo(), writable);
    expect(names(organizations)).toEqual(["Eastside Food Bank", "Greenleaf Grocers", "Harbor City Parks Department"]);
    expect(organizations.organizations[2]).toMatchObject({ id: "example-partner-2", status: "partner", own: false });
    expect(resources.partners.map((p) => [p.id, p.organizationId, p.name])).toEqual([
      ["example-partner-1", "fixture-own", "Eastside Food Bank"],
      ["example-partner-2", "example-partner-2", "Harbor City Parks Department"],
      ["example-partner-3", "fixture-grocer", "Greenleaf Grocers"],
    ]);
    expect(resources.contributions).toBe(before.contributions);
    const unlinked = { ...resources, partners: resources.partners.map((p) => ({ ...p, organizationId: null })) };
    expect(computeCostSharing(unlinked)).toEqual(computeCostSharing(before));
  });

  it("takes step 2's spelling of a name that differs only in case, spaces or invisible characters", () => {
    const data = oldCosting();
    data.partners[0] = { ...data.partners[0]!, name: "eastside\u200b  FOOD bank" };
    const { resources } = linkPartners(data, stepTwo(), writable);
    expect(resources.partners[0]).toMatchObject({ organizationId: "fixture-own", name: "Eastside Food Bank" });
  });

  it("is idempotent: linking linked data changes nothing", () => {
    const once = linkPartners(oldCosting(), stepTwo(), writable);
    const twice = linkPartners(once.resources, once.organizations, writable);
    expect(twice.resources).toBe(once.resources);
    expect(twice.organizations).toBe(once.organizations);
  });

  it("when step 2's list is full, links the names it has and keeps the others here, unlisted, with their names", () => {
    const list = full();
    const { resources, organizations } = linkPartners(oldCosting(), list, writable);
    expect(organizations).toBe(list);
    expect(resources.partners.map((p) => [p.name, partnerPlace(p, organizations)])).toEqual([
      ["Eastside Food Bank", "unlisted"],
      ["Harbor City Parks Department", "unlisted"],
      ["GREENLEAF grocers", "listed"],
    ]);
  });

  it("when step 2's list cannot be read or written, adds nothing and keeps every name", () => {
    const before = oldCosting();
    const { resources, organizations } = linkPartners(before, organizationsTool.empty(), { ...writable, writable: false });
    expect(organizations.organizations).toEqual([]);
    expect(resources).toBe(before);
  });

  it("does not add back a partner removed from step 2's list, but finds it again by name", () => {
    const linked = linkPartners(oldCosting(), stepTwo(), writable);
    const emptied = linkPartners(linked.resources, organizationsTool.empty(), writable);
    expect(emptied.organizations.organizations).toEqual([]);
    expect(emptied.resources.partners.map((p) => partnerPlace(p, emptied.organizations))).toEqual(["removed", "removed", "removed"]);
    const retyped = { organizations: [newOrganization("again", "Greenleaf Grocers")] };
    const found = linkPartners(emptied.resources, retyped, writable);
    expect(found.resources.partners.map((p) => p.organizationId)).toEqual(["fixture-own", "example-partner-2", "again"]);
  });

  it("gives a new organization a fresh id when the partner's id is taken on the list", () => {
    const list = { organizations: [newOrganization("example-partner-2", "Someone else")] };
    const { resources } = linkPartners(oldCosting(), list, writable);
    expect(resources.partners[1]?.organizationId).toMatch(/^new-/);
  });
});

describe("syncPartnerNames: one name on both lists", () => {
  const linked = () => linkPartners(oldCosting(), stepTwo(), writable);

  it("shows a rename on step 2 in the costing tool", () => {
    const { resources, organizations } = linked();
    const first = syncPartnerNames(resources, organizations, new Map(), true);
    const renamed = {
      organizations: organizations.organizations.map((o) => (o.id === "fixture-own" ? { ...o, name: "Eastside Pantry" } : o)),
    };
    const next = syncPartnerNames(resources, renamed, first.synced, true);
    expect(next.resources.partners[0]?.name).toBe("Eastside Pantry");
    expect(next.organizations).toBe(renamed);
    expect(next.resources.contributions).toBe(resources.contributions);
  });

  it("renames the organization on step 2 when the partner is renamed here, and keeps the text as typed", () => {
    const { resources, organizations } = linked();
    const first = syncPartnerNames(resources, organizations, new Map(), true);
    const typed = renamePartner(resources, "example-partner-1", "Eastside Pantry ");
    const next = syncPartnerNames(typed, organizations, first.synced, true);
    expect(next.resources).toBe(typed);
    expect(next.organizations.organizations[0]?.name).toBe("Eastside Pantry");
    expect(syncPartnerNames(next.resources, next.organizations, next.synced, true).resources).toBe(typed);
  });

  it("keeps step 2's name when a rename here takes a name step 2 gives another organization", () => {
    const { resources, organizations } = linked();
    const first = syncPartnerNames(resources, organizations, new Map(), true);
    const typed = renamePartner(resources, "example-partner-1", "greenleaf grocers");
    const next = syncPartnerNames(typed, organizations, first.synced, true);
    expect(next.organizations).toBe(organizations);
    expect(next.resources.partners[0]?.name).toBe("Eastside Food Bank");
  });

  it("never overwrites a rename here while step 2's list cannot be written", () => {
    const { resources, organizations } = linked();
    const first = syncPartnerNames(resources, organizations, new Map(), true);
    const typed = renamePartner(resources, "example-partner-1", "Eastside Pantry");
    const next = syncPartnerNames(typed, organizations, first.synced, false);
    expect(next.resources).toBe(typed);
    expect(next.organizations).toBe(organizations);
  });
});

describe("reconcilePartners", () => {
  it("links and syncs in one pass, and a second pass changes nothing", () => {
    const once = reconcilePartners(oldCosting(), stepTwo(), new Map(), writable);
    expect([...once.synced.keys()]).toEqual(["fixture-own", "example-partner-2", "fixture-grocer"]);
    const twice = reconcilePartners(once.resources, once.organizations, once.synced, writable);
    expect(twice.resources).toBe(once.resources);
    expect(twice.organizations).toBe(once.organizations);
  });
});

describe("listedNameProblem", () => {
  const list = stepTwo();
  it.each([
    ["its own organization's name", { organizationId: "fixture-own" }, "EASTSIDE food bank", null],
    ["a name free on the list", { organizationId: "fixture-own" }, "Eastside Pantry", null],
    [
      "another organization's name",
      { organizationId: "fixture-own" },
      "greenleaf grocers",
      "Greenleaf Grocers is another organization on step 2's list: each name must be different.",
    ],
    ["any name, for a partner not on the list", { organizationId: null }, "Greenleaf Grocers", null],
  ])("%s", (_, partner, name, expected) => {
    expect(listedNameProblem(name, partner, list)).toBe(expected);
  });
});

describe("costingUse", () => {
  const { resources } = linkPartners(oldCosting(), stepTwo(), writable);
  it.each([
    [
      "a partner with contributions",
      "fixture-grocer",
      "The costing tool (step 7) keeps it as a partner, with its 3 contributions, under this name.",
    ],
    ["an organization the costing tool does not use", "nobody", null],
  ])("%s", (_, id, expected) => {
    expect(costingUse(resources, id)).toBe(expected);
  });
  it("a partner without contributions", () => {
    expect(costingUse({ ...resources, contributions: [] }, "fixture-own")).toBe(
      "The costing tool (step 7) keeps it as a partner under this name.",
    );
  });
});

describe("keepLinkedOrganizations: another tab's list taken over this page's unsaved one", () => {
  it("puts back the organizations added here for partners, and only those", () => {
    const { resources, organizations: mine } = linkPartners(oldCosting(), stepTwo(), writable);
    const added = mine.organizations.find((o) => o.name === "Harbor City Parks Department")!;
    const unlinkedHere = newOrganization("mine-only", "Typed on step 2 in this tab");
    // The other tab's list: step 2 as it was, one contact changed, without what this page added.
    const theirs: OrganizationsData = {
      organizations: stepTwo().organizations.map((o, i) => (i === 0 ? { ...o, contactRole: "Director" } : o)),
    };
    const kept = keepLinkedOrganizations({ organizations: [...mine.organizations, unlinkedHere] }, theirs, resources);
    expect(kept.organizations.map((o) => o.name)).toEqual(["Eastside Food Bank", "Greenleaf Grocers", "Harbor City Parks Department"]);
    expect(kept.organizations[0]?.contactRole).toBe("Director");
    expect(kept.organizations[2]).toBe(added);
    expect(keepLinkedOrganizations(theirs, theirs, resources)).toBe(theirs);
  });
});

describe("dropUnlinkedAdditions and restoreLinkedAdditions: undoing what brought a partner undoes its place on step 2", () => {
  /** Links the old costing's partners to step 2's list: Harbor City Parks Department is added there, the others found. */
  function linked() {
    const before = stepTwo();
    const after = linkPartners(oldCosting(), before, writable);
    const known = new Set(before.organizations.map((o) => o.id));
    const added = new Map(after.organizations.organizations.filter((o) => !known.has(o.id)).map((o) => [o.id, o]));
    return { before, after, added };
  }

  it("takes an added organization off the list once no partner links to it, and leaves the ones that were there", () => {
    const { before, after, added } = linked();
    expect([...added.values()].map((o) => o.name)).toEqual(["Harbor City Parks Department"]);
    expect(dropUnlinkedAdditions(after.resources, after.organizations, added)).toEqual({ organizations: after.organizations, dropped: [] });
    const undone = resourcesTool.empty();
    const { organizations, dropped } = dropUnlinkedAdditions(undone, after.organizations, added);
    expect(organizations).toEqual(before);
    expect(dropped.map((o) => o.name)).toEqual(["Harbor City Parks Department"]);
  });

  it("keeps an added organization the reader has changed since", () => {
    const { after, added } = linked();
    const id = [...added.keys()][0]!;
    const noted = {
      organizations: after.organizations.organizations.map((o) => (o.id === id ? { ...o, notes: "Met the director" } : o)),
    };
    const kept = dropUnlinkedAdditions(resourcesTool.empty(), noted, added);
    expect(kept).toEqual({ organizations: noted, dropped: [] });
  });

  it("puts a dropped organization back, with its id, when a partner links to it again (Redo), unless its name is taken", () => {
    const { before, after, added } = linked();
    const { organizations, dropped } = dropUnlinkedAdditions(resourcesTool.empty(), after.organizations, added);
    const gone = new Map(dropped.map((o) => [o.id, o]));
    const restored = restoreLinkedAdditions(after.resources, organizations, gone);
    expect(restored).toEqual(after.organizations);
    expect(restoreLinkedAdditions(resourcesTool.empty(), organizations, gone)).toBe(organizations);
    const taken = { organizations: [...before.organizations, newOrganization("other", "HARBOR city parks department")] };
    expect(restoreLinkedAdditions(after.resources, taken, gone)).toBe(taken);
    expect(partnerPlace(after.resources.partners[1]!, restored)).toBe("listed");
  });
});
