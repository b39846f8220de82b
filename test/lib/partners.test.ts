import { describe, expect, it } from "vitest";
import { storedPartnerNames } from "~/lib/partners";
import { FakeStorage, domError } from "../support/fake-storage";

const stored = (data: unknown) => JSON.stringify({ app: "pivotpath", tool: "resources", version: 1, savedAt: 1, data });

describe("storedPartnerNames", () => {
  it.each([
    ["nothing stored", null, []],
    ["partners", stored({ partners: [{ name: "A" }, { name: " B " }, { name: "A" }] }), ["A", "B"]],
    ["no partners list", stored({}), []],
    ["odd entries", stored({ partners: [null, { name: 5 }, { name: "" }, { name: "ok" }] }), ["ok"]],
    ["unreadable text", "{oops", []],
  ])("%s", (_, text, expected) => {
    const storage = new FakeStorage();
    if (text !== null) storage.setItem("pivotpath:resources", text);
    expect(storedPartnerNames(storage)).toEqual(expected);
  });

  it("offers step 2's organizations first, then the costing tool's partners, each name once whatever its case or spacing", () => {
    const storage = new FakeStorage();
    const organizations = JSON.stringify({
      app: "pivotpath",
      tool: "organizations",
      version: 1,
      savedAt: 1,
      data: { organizations: [{ name: "Eastside Food Bank" }, { name: "City Parks" }] },
    });
    storage.setItem("pivotpath:organizations", organizations);
    storage.setItem("pivotpath:resources", stored({ partners: [{ name: "eastside  food bank" }, { name: "Harbor Foundation" }] }));
    expect(storedPartnerNames(storage)).toEqual(["Eastside Food Bank", "City Parks", "Harbor Foundation"]);
  });

  it("leaves out a costing partner's copy of a name step 2 has since changed, but keeps one whose organization left step 2", () => {
    const storage = new FakeStorage();
    const organizations = { organizations: [{ id: "o1", name: "Eastside Community Food Bank" }] };
    storage.setItem(
      "pivotpath:organizations",
      JSON.stringify({ app: "pivotpath", tool: "organizations", version: 1, savedAt: 1, data: organizations }),
    );
    const partners = [
      { id: "p1", organizationId: "o1", name: "Eastside Food Bank" },
      { id: "p2", organizationId: "gone", name: "Harbor Foundation" },
      { id: "p3", organizationId: null, name: "Greenleaf Grocers" },
    ];
    storage.setItem("pivotpath:resources", stored({ partners }));
    expect(storedPartnerNames(storage)).toEqual(["Eastside Community Food Bank", "Harbor Foundation", "Greenleaf Grocers"]);
  });

  it("answers [] where storage is blocked", () => {
    const storage = new FakeStorage();
    storage.failReads = domError("SecurityError", 18);
    expect(storedPartnerNames(storage)).toEqual([]);
  });
});
