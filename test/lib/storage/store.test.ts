import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ToolStore } from "~/lib/storage/store";
import { FakeStorage, domError } from "../../support/fake-storage";
import { notesTool, record } from "../../support/sample-tool";

const KEY = "pivotpath:notes";
let clock = 10_000;
const now = () => clock;

function open(storage: FakeStorage | null) {
  return new ToolStore(notesTool, { storage, now, debounceMs: 100, retryMs: 1000 });
}
const add = (text: string) => (d: { notes: { text: string; stars: number }[] }) => ({ notes: [...d.notes, { text, stars: 0 }] });

beforeEach(() => {
  vi.useFakeTimers();
  clock = 10_000;
});
afterEach(() => vi.useRealTimers());

describe("ToolStore loading", () => {
  it("starts empty when nothing is stored", () => {
    const store = open(new FakeStorage());
    expect(store.get()).toMatchObject({ data: { notes: [] }, save: { kind: "idle" }, recovery: null });
  });

  it("loads and migrates an old record without rewriting it", () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, record(1, { items: ["kept"] }));
    const before = storage.getItem(KEY);
    const store = open(storage);
    expect(store.get().data).toEqual({ notes: [{ text: "kept", stars: 0 }] });
    vi.runAllTimers();
    expect(storage.getItem(KEY)).toBe(before);
  });

  it("keeps an unreadable value under a backup key and tells the reader", () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, "{not json");
    const store = open(storage);
    const { recovery, data } = store.get();
    expect(data).toEqual({ notes: [] });
    expect(recovery?.raw).toBe("{not json");
    expect(recovery?.backupKey).toMatch(/^pivotpath-backup:notes:/);
    expect(storage.getItem(recovery?.backupKey ?? "")).toBe("{not json");
  });

  it("keeps one backup of the same unreadable value however many times a page reads it", () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, "{not json");
    const keys = new Set<string | null | undefined>();
    for (let visit = 0; visit < 4; visit++) {
      clock += 60_000;
      keys.add(open(storage).get().recovery?.backupKey);
    }
    expect(keys.size).toBe(1);
    expect(Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k) => k?.startsWith("pivotpath-backup:"))).toHaveLength(
      1,
    );
    // A different unreadable value gets a backup of its own.
    storage.setItem(KEY, "{other damage");
    clock += 60_000;
    expect(open(storage).get().recovery?.backupKey).not.toBe([...keys][0]);
  });

  it("never overwrites an unreadable value whose backup could not be written", () => {
    const storage = new FakeStorage();
    storage.setItem(KEY, record(3, { notes: [{ text: 99 }] }));
    const original = storage.getItem(KEY);
    storage.failWrites = domError("QuotaExceededError", 22);
    const store = open(storage);
    expect(store.get().recovery).toMatchObject({ backupKey: null, raw: original });
    expect(store.get().save).toEqual({ kind: "failed", problem: "quota" });
    store.update(add("new"));
    vi.advanceTimersByTime(5000);
    expect(storage.getItem(KEY)).toBe(original);
    storage.failWrites = null;
    vi.advanceTimersByTime(1000);
    expect(storage.getItem(store.get().recovery?.backupKey ?? "")).toBe(original);
    expect(JSON.parse(storage.getItem(KEY) ?? "").data.notes).toEqual([{ text: "new", stars: 0 }]);
  });

  it("leaves a record from a newer version byte-identical", () => {
    const storage = new FakeStorage();
    const newer = record(9, { whatever: [1, 2, 3] });
    storage.setItem(KEY, newer);
    const store = open(storage);
    expect(store.get().save.kind).toBe("read-only");
    store.update(add("edit"));
    store.flush();
    vi.runAllTimers();
    expect(storage.getItem(KEY)).toBe(newer);
    expect(store.get().data.notes).toHaveLength(1);
  });

  it("works in memory and warns where storage is blocked", () => {
    const storage = new FakeStorage();
    storage.failReads = domError("SecurityError", 18);
    storage.failWrites = domError("SecurityError", 18);
    const store = open(storage);
    expect(store.get().save).toEqual({ kind: "failed", problem: "blocked" });
    store.update(add("still here"));
    vi.runAllTimers();
    expect(store.get().data.notes[0]?.text).toBe("still here");
    expect(store.get().save).toEqual({ kind: "failed", problem: "blocked" });
  });

  it("works in memory where there is no storage at all", () => {
    const store = open(null);
    store.update(add("a"));
    vi.runAllTimers();
    expect(store.get()).toMatchObject({ save: { kind: "failed", problem: "unavailable" }, data: { notes: [{ text: "a" }] } });
  });
});

describe("ToolStore saving", () => {
  it("debounces writes and flushes on demand", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.update(add("a"));
    store.update(add("b"));
    expect(store.get().save.kind).toBe("pending");
    expect(storage.getItem(KEY)).toBeNull();
    vi.advanceTimersByTime(100);
    expect(JSON.parse(storage.getItem(KEY) ?? "")).toMatchObject({
      version: 3,
      savedAt: 10_000,
      data: { notes: [{ text: "a" }, { text: "b" }] },
    });
    store.update(add("c"));
    store.flush();
    expect(JSON.parse(storage.getItem(KEY) ?? "").data.notes).toHaveLength(3);
  });

  it("keeps the previous value on quota errors and resumes by itself when space frees up", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.update(add("first"));
    store.flush();
    const saved = storage.getItem(KEY);
    storage.failWrites = domError("QuotaExceededError", 22);
    store.update(add("second"));
    vi.advanceTimersByTime(100);
    expect(store.get().save).toEqual({ kind: "failed", problem: "quota" });
    expect(storage.getItem(KEY)).toBe(saved);
    vi.advanceTimersByTime(3000);
    expect(storage.getItem(KEY)).toBe(saved);
    storage.failWrites = null;
    vi.advanceTimersByTime(1000);
    expect(store.get().save.kind).toBe("saved");
    expect(JSON.parse(storage.getItem(KEY) ?? "").data.notes).toHaveLength(2);
  });

  it.each([
    ["Firefox", domError("NS_ERROR_DOM_QUOTA_REACHED", 1014), "quota"],
    ["Safari private mode", domError("QuotaExceededError", 22), "quota"],
    ["disabled storage", domError("SecurityError", 18), "blocked"],
  ])("reports %s as %s", (_, error, problem) => {
    const storage = new FakeStorage();
    const store = open(storage);
    storage.failWrites = error;
    store.update(add("x"));
    store.flush();
    expect(store.get().save).toEqual({ kind: "failed", problem });
  });

  it("never stores NaN", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.update(() => ({ notes: [{ text: "bad", stars: Number.NaN }] }));
    store.flush();
    expect(storage.getItem(KEY)).toBeNull();
    expect(store.get().save.kind).toBe("failed");
  });
});

describe("ToolStore across tabs", () => {
  it("adopts another tab's newer save when it has no unsaved changes", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.receive(record(3, { notes: [{ text: "from B", stars: 1 }] }, 20_000));
    expect(store.get().data.notes[0]?.text).toBe("from B");
  });

  it("ignores an older record arriving late", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.update(add("mine"));
    store.flush();
    store.receive(record(3, { notes: [] }, 5));
    expect(store.get().data.notes).toHaveLength(1);
  });

  it("does not overwrite another tab's newer save and asks which to keep", () => {
    const storage = new FakeStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    tabA.update(add("A"));
    tabA.flush();
    clock += 10;
    tabB.update(add("B"));
    tabB.flush();
    expect(tabB.get().save.kind).toBe("conflict");
    expect(JSON.parse(storage.getItem(KEY) ?? "").data.notes).toEqual([{ text: "A", stars: 0 }]);
    tabB.resolveConflict("mine");
    expect(JSON.parse(storage.getItem(KEY) ?? "").data.notes).toEqual([{ text: "B", stars: 0 }]);
  });

  it("notices another tab's save between two saves of its own", () => {
    const storage = new FakeStorage();
    const tabA = open(storage);
    const tabB = open(storage);
    tabB.update(add("B1"));
    tabB.flush();
    clock += 10;
    tabA.receive(storage.getItem(KEY));
    tabA.update(add("A"));
    tabA.flush();
    expect(tabA.get().save.kind).toBe("saved");
    clock += 10;
    tabB.update(add("B2"));
    tabB.flush();
    expect(tabB.get().save.kind).toBe("conflict");
    expect(JSON.parse(storage.getItem(KEY) ?? "").data.notes.map((n: { text: string }) => n.text)).toEqual(["B1", "A"]);
  });

  it("can take the other tab's version after a conflict", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.update(add("mine"));
    store.receive(record(3, { notes: [{ text: "theirs", stars: 0 }] }, 99_999));
    expect(store.get().save.kind).toBe("conflict");
    storage.setItem(KEY, record(3, { notes: [{ text: "theirs", stars: 0 }] }, 99_999));
    store.resolveConflict("theirs");
    expect(store.get().data.notes).toEqual([{ text: "theirs", stars: 0 }]);
    expect(store.get().save.kind).toBe("idle");
  });

  it("empties when another tab deletes the data", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.update(add("x"));
    store.flush();
    store.receive(null);
    expect(store.get().data.notes).toEqual([]);
  });
});

describe("ToolStore history", () => {
  it("undoes and redoes the reader's edits, saving each result", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.apply("Add a", add("a"));
    store.apply("Add b", add("b"));
    expect(store.get().history).toEqual({ undo: "Add b", redo: null });
    expect(store.undo()).toBe("Add b");
    expect(store.get().data.notes.map((n) => n.text)).toEqual(["a"]);
    store.flush();
    expect(JSON.parse(storage.getItem(KEY) ?? "").data.notes).toHaveLength(1);
    expect(store.redo()).toBe("Add b");
    expect(store.get().data.notes.map((n) => n.text)).toEqual(["a", "b"]);
  });

  it("records nothing for an edit that changes nothing", () => {
    const store = open(new FakeStorage());
    store.apply("Nothing", (d) => d);
    expect(store.get().history).toEqual({ undo: null, redo: null });
    expect(store.get().save.kind).toBe("idle");
  });

  it("asks which version to keep when another tab saves while the reader is typing, even after their text was saved", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.setEditing(true);
    store.apply("Type", add("mine"), "field");
    store.flush();
    clock += 1000;
    store.receive(record(3, { notes: [{ text: "theirs", stars: 0 }] }, clock));
    expect(store.get().save.kind).toBe("conflict");
    expect(store.get().data.notes.map((n) => n.text)).toEqual(["mine"]);
  });

  it("takes another tab's save when idle and forgets the history, which belonged to the replaced data", () => {
    const storage = new FakeStorage();
    const store = open(storage);
    store.apply("Add a", add("a"));
    store.flush();
    clock += 1000;
    store.receive(record(3, { notes: [{ text: "theirs", stars: 0 }] }, clock));
    expect(store.get().data.notes.map((n) => n.text)).toEqual(["theirs"]);
    expect(store.get().history).toEqual({ undo: null, redo: null });
  });
});
