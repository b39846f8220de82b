import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  addOrganization,
  markOwnOrganization,
  newOrganization,
  removeOrganization,
  renameOrganization,
  restoreOrganization,
  setOrganizationBrings,
  setOrganizationContact,
  setOrganizationKind,
  setOrganizationStatus,
  syncOwnOrganization,
} from "~/lib/organizations/organization-edit";
import { organizationErrors } from "~/lib/organizations/organization-input";
import {
  MAX_ORGANIZATIONS,
  type OrganizationsData,
  OrganizationsSchema,
  candidates,
  organizationName,
  organizationsTool,
  ownOrganization,
} from "~/lib/organizations/organizations-tool";
import { decodeStoredText } from "~/lib/storage/decode";

const three = (): OrganizationsData => ({
  organizations: [
    newOrganization("own", "Eastside Food Bank", { own: true, kind: "nonprofit", status: "partner" }),
    newOrganization("g", "Greenleaf Grocers", { kind: "business" }),
    newOrganization("p", "Harbor City Parks Department", { kind: "public" }),
  ],
});

const full = (): OrganizationsData => ({
  organizations: Array.from({ length: MAX_ORGANIZATIONS }, (_, i) => newOrganization(`o${i}`, `Org ${i}`)),
});

describe("OrganizationsSchema", () => {
  it("accepts the empty list and three organizations", () => {
    expect(v.safeParse(OrganizationsSchema, organizationsTool.empty()).success).toBe(true);
    expect(v.safeParse(OrganizationsSchema, three()).success).toBe(true);
  });

  it.each([
    ["two names that normalize alike", (d: OrganizationsData) => d.organizations.push(newOrganization("x", "GREENLEAF\u200B grocers"))],
    ["two own organizations", (d: OrganizationsData) => d.organizations.push(newOrganization("x", "Other", { own: true }))],
    ["a blank name", (d: OrganizationsData) => d.organizations.push(newOrganization("x", "   "))],
    ["an unknown kind", (d: OrganizationsData) => d.organizations.push({ ...newOrganization("x", "X"), kind: "club" as never })],
    ["an unknown status", (d: OrganizationsData) => d.organizations.push({ ...newOrganization("x", "X"), status: "maybe" as never })],
    ["31 organizations", (d: OrganizationsData) => d.organizations.push(...full().organizations)],
  ])("refuses %s, as an import would be", (_, change) => {
    const data = three();
    change(data);
    expect(v.safeParse(OrganizationsSchema, data).success).toBe(false);
    const record = JSON.stringify({ app: "pivotpath", tool: "organizations", version: 1, savedAt: 1, data });
    expect(decodeStoredText(organizationsTool, record)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("loads a valid stored list through the one load path", () => {
    const record = JSON.stringify({ app: "pivotpath", tool: "organizations", version: 1, savedAt: 1, data: three() });
    expect(decodeStoredText(organizationsTool, record)).toMatchObject({ ok: true, data: three() });
  });

  it.each([
    [0, ""],
    [1, "1 organization"],
    [3, "3 organizations"],
  ])("summarizes %i as %j", (count, text) => {
    expect(organizationsTool.summarize({ organizations: three().organizations.slice(0, count) })).toBe(text);
  });
});

describe("reading the list", () => {
  it("finds the own organization, the candidates and names by id", () => {
    const data = three();
    expect(ownOrganization(data)?.id).toBe("own");
    expect(candidates(data).map((o) => o.id)).toEqual(["g", "p"]);
    expect(organizationName(data, "p")).toBe("Harbor City Parks Department");
    expect(organizationName(data, "gone")).toBe("");
  });
});

describe("edits that change nothing return the same object", () => {
  const data = three();
  it.each([
    ["a duplicate name", (d: OrganizationsData) => addOrganization(d, newOrganization("x", " greenleaf GROCERS "))],
    ["a taken id", (d: OrganizationsData) => addOrganization(d, newOrganization("g", "Fresh name"))],
    ["a blank name", (d: OrganizationsData) => addOrganization(d, newOrganization("x", "\u200B "))],
    ["a rename to the same name", (d: OrganizationsData) => renameOrganization(d, "g", "Greenleaf Grocers")],
    ["a rename to a taken name", (d: OrganizationsData) => renameOrganization(d, "g", "harbor city parks department")],
    ["a rename of an unknown id", (d: OrganizationsData) => renameOrganization(d, "zz", "Anything")],
    ["the same kind", (d: OrganizationsData) => setOrganizationKind(d, "g", "business")],
    ["the same status", (d: OrganizationsData) => setOrganizationStatus(d, "g", "candidate")],
    ["text past the limit", (d: OrganizationsData) => setOrganizationBrings(d, "g", "x".repeat(1001))],
    ["a contact past the limit", (d: OrganizationsData) => setOrganizationContact(d, "g", "x".repeat(121))],
    ["marking the own organization again", (d: OrganizationsData) => markOwnOrganization(d, "own")],
    ["marking an unknown id", (d: OrganizationsData) => markOwnOrganization(d, "zz")],
    ["removing an unknown id", (d: OrganizationsData) => removeOrganization(d, "zz")],
    ["a blank step-1 name", (d: OrganizationsData) => syncOwnOrganization(d, " ", "new")],
    ["the step-1 name already marked", (d: OrganizationsData) => syncOwnOrganization(d, "eastside food bank", "new")],
  ])("%s", (_, edit) => {
    expect(edit(data)).toBe(data);
  });

  it("a 31st organization", () => {
    const data = full();
    expect(addOrganization(data, newOrganization("x", "One more"))).toBe(data);
  });
});

describe("edits", () => {
  it("adds with a tidy name, and a new own organization takes the flag", () => {
    const added = addOrganization(three(), newOrganization("s", "  Harbor  City Public Schools\u200B", { own: true }));
    expect(added.organizations.at(-1)?.name).toBe("Harbor City Public Schools");
    expect(added.organizations.filter((o) => o.own).map((o) => o.id)).toEqual(["s"]);
  });

  it("renames by id, leaving the others untouched", () => {
    const before = three();
    const after = renameOrganization(before, "g", " Greenleaf Grocers Inc. ");
    expect(organizationName(after, "g")).toBe("Greenleaf Grocers Inc.");
    expect(after.organizations[0]).toBe(before.organizations[0]);
  });

  it("sets kind, status, what they bring and the contact's role", () => {
    let data = setOrganizationKind(three(), "g", "funder");
    data = setOrganizationStatus(data, "g", "shortlisted");
    data = setOrganizationBrings(data, "g", "Produce at cost");
    data = setOrganizationContact(data, "g", "Produce manager");
    expect(data.organizations[1]).toMatchObject({
      kind: "funder",
      status: "shortlisted",
      brings: "Produce at cost",
      contactRole: "Produce manager",
    });
  });

  it("moves the own flag, or clears it", () => {
    expect(ownOrganization(markOwnOrganization(three(), "p"))?.id).toBe("p");
    expect(ownOrganization(markOwnOrganization(three(), null))).toBeUndefined();
  });

  it("removes and restores at the same place", () => {
    const data = three();
    const removed = removeOrganization(data, "g");
    expect(removed.organizations.map((o) => o.id)).toEqual(["own", "p"]);
    const back = restoreOrganization(removed, data.organizations[1]!, 1);
    expect(back.organizations.map((o) => o.id)).toEqual(["own", "g", "p"]);
    const taken = addOrganization(removed, newOrganization("x", "Greenleaf Grocers"));
    expect(restoreOrganization(taken, data.organizations[1]!, 1)).toBe(taken);
  });

  it.each([
    ["renames the marked own organization", three(), "Eastside Community Food Bank", ["Eastside Community Food Bank", "own"]],
    ["marks a listed organization of that name", markOwnOrganization(three(), null), "EASTSIDE food bank", ["Eastside Food Bank", "own"]],
    ["adds it when missing", { organizations: [] }, "Eastside Food Bank", ["Eastside Food Bank", "new"]],
  ])("syncOwnOrganization %s", (_, data, name, [ownName, ownId]) => {
    const own = ownOrganization(syncOwnOrganization(data, name, "new"));
    expect([own?.name, own?.id]).toEqual([ownName, ownId]);
  });
});

describe("organizationErrors", () => {
  it.each([
    [{ name: "New Partner", brings: "", contactRole: "" }, undefined, {}],
    [{ name: "", brings: "", contactRole: "" }, undefined, { name: "Write the name of the organization." }],
    [{ name: "greenleaf grocers", brings: "", contactRole: "" }, undefined, { name: "“Greenleaf Grocers” is already in the list." }],
    [{ name: "Greenleaf Grocers", brings: "", contactRole: "" }, "g", {}],
    [
      { name: "X", brings: "x".repeat(1001), contactRole: "x".repeat(121) },
      undefined,
      {
        brings: "Keep what they could bring to 1000 characters or fewer.",
        contactRole: "Keep the contact's role to 120 characters or fewer.",
      },
    ],
  ])("%j", (draft, exceptId, errors) => {
    expect(organizationErrors(draft, three(), exceptId)).toEqual(errors);
  });

  it("says the limit when the list is full", () => {
    expect(organizationErrors({ name: "One more", brings: "", contactRole: "" }, full()).name).toBe(
      "The list holds at most 30 organizations; remove one before adding another.",
    );
  });
});
