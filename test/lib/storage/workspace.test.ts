import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, applyImport, exportWorkspace, inspectSaved, readWorkspace } from "~/lib/storage/workspace";
import { goalsTool } from "~/lib/goals/goals-tool";
import { goalsExample } from "~/lib/goals/goals-example";
import { encodeRecord } from "~/lib/storage/decode";
import { FakeStorage, domError } from "../../support/fake-storage";
import { notesTool, record } from "../../support/sample-tool";

const TOOLS = [goalsTool, notesTool];

function filled(): FakeStorage {
  const storage = new FakeStorage();
  const goals = encodeRecord(goalsTool, goalsExample(), 500);
  if (goals.ok) storage.setItem("pivotpath:goals", goals.text);
  storage.setItem("pivotpath:notes", record(1, { items: ["old format"] }, 600));
  return storage;
}

describe("export then import", () => {
  it("gives back exactly the same workspace", () => {
    const source = filled();
    const { file, skipped } = exportWorkspace(TOOLS, source, Date.UTC(2026, 10, 26));
    expect(skipped).toEqual([]);
    expect(file).toMatchObject({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: "2026-11-26T00:00:00.000Z" });
    const target = new FakeStorage();
    const plan = readWorkspace(JSON.stringify(file), TOOLS, target);
    expect(plan).toMatchObject({ ok: true, replaces: [] });
    if (!plan.ok) return;
    expect(applyImport(plan.entries, target, 9999)).toEqual({ ok: true });
    const before = inspectSaved(TOOLS, source).map((i) => (i.state === "saved" ? i.data : i.state));
    const after = inspectSaved(TOOLS, target).map((i) => (i.state === "saved" ? i.data : i.state));
    expect(after).toEqual(before);
  });

  it("leaves unreadable records out of the export and names them", () => {
    const storage = filled();
    storage.setItem("pivotpath:notes", "{broken");
    const { file, skipped } = exportWorkspace(TOOLS, storage, 0);
    expect(skipped).toEqual(["Notes"]);
    expect(Object.keys(file.records)).toEqual(["goals"]);
  });
});

describe("readWorkspace refuses", () => {
  const valid = () => JSON.parse(JSON.stringify(exportWorkspace(TOOLS, filled(), 0).file));
  it.each([
    ["text that is not JSON", () => "hello", /not valid JSON/],
    ["JSON of the wrong shape", () => JSON.stringify({ hello: "world" }), /not a PivotPath workspace/],
    ["a newer format", () => JSON.stringify({ ...valid(), format: 2 }), /newer version/],
    ["an unknown tool", () => JSON.stringify({ ...valid(), records: { ...valid().records, ghosts: {} } }), /does not know \("ghosts"\)/],
    [
      "a record that fails its schema",
      () => {
        const file = valid();
        file.records.goals.data.goals[0].priority = "urgent";
        return JSON.stringify(file);
      },
      /Goals worksheet/,
    ],
    ["an empty workspace", () => JSON.stringify({ ...valid(), records: {} }), /no saved work/],
    ["a prototype key", () => JSON.stringify(valid()).replace('"records":{', '"records":{"__proto__":{},'), /forbidden key/],
    ["a file over 5 MB", () => " ".repeat(MAX_IMPORT_BYTES + 1), /larger than 5 MB/],
  ])("%s", (_, make, message) => {
    const plan = readWorkspace(make(), TOOLS, new FakeStorage());
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(message);
  });

  it("names the tools an import would replace", () => {
    const plan = readWorkspace(JSON.stringify(valid()), TOOLS, filled());
    expect(plan).toMatchObject({ ok: true, replaces: ["Goals worksheet", "Notes"] });
  });
});

describe("applyImport", () => {
  it("puts everything back when a write fails midway", () => {
    const storage = filled();
    const before = new Map(storage.map);
    const plan = readWorkspace(JSON.stringify(exportWorkspace(TOOLS, filled(), 0).file), TOOLS, storage);
    if (!plan.ok) throw new Error("plan should be valid");
    let writes = 0;
    const original = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      writes += 1;
      if (writes === 2) throw domError("QuotaExceededError", 22);
      original(key, value);
    };
    const result = applyImport(plan.entries, storage, 1);
    expect(result.ok).toBe(false);
    storage.setItem = original;
    expect(storage.map).toEqual(before);
  });
});
