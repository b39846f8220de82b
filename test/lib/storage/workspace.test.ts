import { describe, expect, it } from "vitest";
import { MAX_IMPORT_BYTES, applyImport, exportToolData, exportWorkspace, inspectSaved, readWorkspace } from "~/lib/storage/workspace";
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
    expect(applyImport(plan.entries, target, 9999)).toEqual({ ok: true, keptAside: [] });
    const before = inspectSaved(TOOLS, source).map((i) => (i.state === "saved" ? i.data : i.state));
    const after = inspectSaved(TOOLS, target).map((i) => (i.state === "saved" ? i.data : i.state));
    expect(after).toEqual(before);
  });

  it("exports one tool's data as the page holds it, in a file the plan page imports", () => {
    const data = { ...goalsExample(), organization: "Typed while storage was full" };
    const file = exportToolData(goalsTool, data, Date.UTC(2026, 10, 29));
    expect(file).toMatchObject({ app: "pivotpath", kind: "workspace", format: 1 });
    const plan = readWorkspace(JSON.stringify(file), TOOLS, new FakeStorage());
    expect(plan).toMatchObject({ ok: true, replaces: [] });
    if (plan.ok) expect(plan.entries.map((e) => [e.tool.id, (e.data as typeof data).organization])).toEqual([["goals", data.organization]]);
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
    ["text that is not JSON", () => "hello", /cut short/],
    ["JSON of the wrong shape", () => JSON.stringify({ hello: "world" }), /not a plan exported from this guide/],
    ["an empty object", () => "{}", /^The file is not a plan exported from this guide\.$/],
    ["an empty list", () => "[]", /^The file is not a plan exported from this guide\.$/],
    ["null", () => "null", /^The file is not a plan exported from this guide\.$/],
    [
      "a record saved before 1970",
      () => {
        const file = valid();
        file.records.goals.savedAt = -5;
        return JSON.stringify(file);
      },
      /Goals worksheet: the date it was saved is missing or wrong\./,
    ],
    [
      "another tool's record under this tool",
      () => {
        const file = valid();
        file.records.goals.tool = "notes";
        return JSON.stringify(file);
      },
      /Goals worksheet: it holds another tool's work/,
    ],
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
    [
      "a prototype key",
      () => JSON.stringify(valid()).replace('"records":{', '"records":{"__proto__":{},'),
      /which this guide never writes/,
    ],
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

describe("an import over data this page cannot read", () => {
  const file = () => JSON.stringify(exportWorkspace(TOOLS, filled(), 0).file);
  it.each([
    ["unreadable", "{damaged"],
    ["from a newer version", record(9, { whatever: true }, 700)],
  ])("keeps saved data that is %s under a backup key before replacing it, and says so first", (_, saved) => {
    const storage = new FakeStorage();
    storage.setItem("pivotpath:notes", saved);
    const plan = readWorkspace(file(), TOOLS, storage);
    expect(plan).toMatchObject({ ok: true, replaces: ["Notes"], keptAside: ["Notes"] });
    if (!plan.ok) return;
    const result = applyImport(plan.entries, storage, 4242);
    expect(result).toEqual({ ok: true, keptAside: ["pivotpath-backup:notes:1970-01-01T00:00:04.242Z"] });
    expect(storage.getItem("pivotpath-backup:notes:1970-01-01T00:00:04.242Z")).toBe(saved);
    expect(JSON.parse(storage.getItem("pivotpath:notes") ?? "").data.notes).toHaveLength(1);
  });

  it("imports nothing when the copy cannot be written", () => {
    const storage = new FakeStorage();
    storage.setItem("pivotpath:notes", "{damaged");
    const plan = readWorkspace(file(), TOOLS, storage);
    if (!plan.ok) throw new Error("plan should be valid");
    storage.failWrites = domError("QuotaExceededError", 22);
    const result = applyImport(plan.entries, storage, 1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/could not be copied aside/);
    expect(storage.getItem("pivotpath:notes")).toBe("{damaged");
  });
});

describe("an import whose rows share ids", () => {
  it("gives the repeats new ids and says so, so editing or deleting one never touches the other", () => {
    const file = exportWorkspace(TOOLS, filled(), 0).file as unknown as { records: { goals: { data: { goals: { id: string }[] } } } };
    const goals = file.records.goals.data.goals;
    for (const goal of goals) goal.id = "same";
    const plan = readWorkspace(JSON.stringify(file), TOOLS, new FakeStorage());
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const imported = plan.entries.find((e) => e.tool.id === "goals")?.data as { goals: { id: string }[] };
    expect(new Set(imported.goals.map((g) => g.id)).size).toBe(goals.length);
    expect(plan.notes).toEqual([
      `Goals worksheet: ${goals.length - 1} rows shared their ids with other rows and got a new one, so each can be changed on its own.`,
    ]);
  });
});

describe("other PivotPath files", () => {
  it.each([
    [{ app: "pivotpath", kind: "health-answers", format: 1 }, /health-check answer file.*Evaluation page/],
    [{ app: "pivotpath", tool: "goals", version: 99, savedAt: 1, data: {} }, /refused.*newer version/i],
    [{ app: "pivotpath", tool: "nothing-known", version: 1, savedAt: 1, data: {} }, /a tool this version does not know/],
  ])("say what they are and where they go: %j", (value, message) => {
    const plan = readWorkspace(JSON.stringify(value), TOOLS, new FakeStorage());
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(message);
  });

  it("imports one tool's saved record on its own (a copy kept aside, downloaded from /plan/) as an export holding it", () => {
    const record = exportWorkspace(TOOLS, filled(), 0).file.records["goals"];
    const plan = readWorkspace(JSON.stringify(record), TOOLS, new FakeStorage());
    expect(plan.ok && plan.entries.map((e) => e.tool.id)).toEqual(["goals"]);
  });

  it("describes a record that fails its check in plain words, not schema paths", () => {
    const file = exportWorkspace(TOOLS, filled(), 0).file as unknown as { records: { goals: { data: { goals: { priority: string }[] } } } };
    const first = file.records.goals.data.goals[0];
    if (first) first.priority = "urgent";
    const plan = readWorkspace(JSON.stringify(file), TOOLS, new FakeStorage());
    expect(plan.ok).toBe(false);
    if (!plan.ok)
      expect(plan.message).toBe(
        "The file was refused. Goals worksheet: item 1 of goals, priority: is not one of the choices this guide offers.",
      );
  });
});
