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

  it("answers [] where storage is blocked", () => {
    const storage = new FakeStorage();
    storage.failReads = domError("SecurityError", 18);
    expect(storedPartnerNames(storage)).toEqual([]);
  });
});
