import { describe, expect, it } from "vitest";
import { assemblePlan } from "~/lib/plan/assemble-plan";
import { readPlanSnapshot } from "~/lib/plan/plan-snapshot";
import { encodeRecord } from "~/lib/storage/decode";
import { storageKey } from "~/lib/storage/record";
import { domError, FakeStorage } from "../../support/fake-storage";
import { exampleFor, TOOLS } from "../../support/examples";
import { NOW, STEPS, sectionText } from "../../support/plan-fixtures";

function storageWithExamples(ids: readonly string[]): FakeStorage {
  const storage = new FakeStorage();
  for (const tool of TOOLS.filter((t) => ids.includes(t.id))) {
    const encoded = encodeRecord(tool, exampleFor(tool), NOW - 5000);
    if (encoded.ok) storage.setItem(storageKey(tool.id), encoded.text);
  }
  return storage;
}

describe("readPlanSnapshot", () => {
  it("reads each saved tool's validated data and save time, and leaves out tools with nothing saved", () => {
    const { snapshot, unreadable } = readPlanSnapshot(storageWithExamples(["goals", "risks"]));
    expect(Object.keys(snapshot).sort()).toEqual(["goals", "risks"]);
    expect(snapshot["goals"]).toEqual({ data: exampleFor(TOOLS[0]!), savedAt: NOW - 5000 });
    expect(unreadable).toEqual({});
  });

  it.each([
    ["text that is not JSON", "{not json", /damaged.*recover it, open this step's page/],
    [
      "data that fails the schema",
      JSON.stringify({ app: "pivotpath", tool: "risks", version: 1, savedAt: 1, data: { risks: 5 } }),
      /Risk.*recover/,
    ],
    [
      "a record from a newer version",
      JSON.stringify({ app: "pivotpath", tool: "risks", version: 99, savedAt: 1, data: {} }),
      /newer version.*reload/,
    ],
  ])("never uses %s as data, and says why in its step's section", (_, text, words) => {
    const storage = storageWithExamples(["goals"]);
    storage.setItem(storageKey("risks"), text);
    const reading = readPlanSnapshot(storage);
    expect(reading.snapshot["risks"]).toBeUndefined();
    expect(reading.unreadable["risks"]).toMatch(words);
    const doc = assemblePlan(reading.snapshot, STEPS, { now: NOW, locale: "en-US", unreadable: reading.unreadable });
    const risks = doc.sections[4];
    expect(risks?.state).toBe("started");
    expect(risks?.updatedAt).toBeNull();
    expect(sectionText(risks)).toMatch(words);
    expect(sectionText(risks)).not.toContain("Risks by rating");
    expect(doc.sections[0]?.state).toBe("started");
  });

  it("says so for every tool when the browser blocks storage, without throwing", () => {
    const storage = new FakeStorage();
    storage.failReads = domError("SecurityError", 18);
    const reading = readPlanSnapshot(storage);
    expect(reading.snapshot).toEqual({});
    expect(Object.keys(reading.unreadable)).toHaveLength(TOOLS.length);
    expect(reading.unreadable["goals"]).toMatch(/Goals worksheet cannot be read: your browser/);
  });

  it("answers with nothing saved when there is no storage at all", () => {
    const reading = readPlanSnapshot(null);
    expect(reading.snapshot).toEqual({});
  });
});
