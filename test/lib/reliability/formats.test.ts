import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as v from "valibot";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeStoredText, encodeRecord } from "~/lib/storage/decode";
import { ToolStore } from "~/lib/storage/store";
import { FakeStorage, domError } from "../../support/fake-storage";
import { TOOLS, exampleFor } from "../../support/examples";

const FIXTURES = join(import.meta.dirname, "../../fixtures");

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe.each(TOOLS.map((tool) => [tool.id, tool] as const))("%s", (id, tool) => {
  const files = readdirSync(join(FIXTURES, id)).filter((f) => /^v\d+\.json$/.test(f));

  it("has a fixture for every stored-format version", () => {
    const versions = files.map((f) => Number(/\d+/.exec(f)?.[0])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: tool.version }, (_, i) => i + 1));
    expect(tool.migrations).toHaveLength(tool.version - 1);
  });

  it.each(files)("migrates the %s fixture to the current format, which validates", (file) => {
    const result = decodeStoredText(tool, readFileSync(join(FIXTURES, id, file), "utf8"));
    expect(result.ok, result.ok ? "" : result.message).toBe(true);
    if (result.ok) expect(v.safeParse(tool.schema, result.data).success).toBe(true);
  });

  it("refuses a newer format and leaves the stored value byte-identical", () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ app: "pivotpath", tool: id, version: tool.version + 1, savedAt: 5, data: { from: "the future" } });
    storage.setItem(`pivotpath:${id}`, newer);
    const store = new ToolStore(tool, { storage });
    expect(store.get().save.kind).toBe("read-only");
    store.update(() => exampleFor(tool));
    store.flush();
    vi.runAllTimers();
    expect(storage.getItem(`pivotpath:${id}`)).toBe(newer);
  });

  it.each([
    ["Chromium and Safari", "QuotaExceededError", 22, "quota"],
    ["older Firefox", "NS_ERROR_DOM_QUOTA_REACHED", 1014, "quota"],
    ["blocked storage", "SecurityError", 18, "blocked"],
  ])("storage full or blocked (%s): previous value intact, warning, saving resumes", (_, name, code, problem) => {
    const storage = new FakeStorage();
    const store = new ToolStore(tool, { storage, debounceMs: 10, retryMs: 100 });
    store.update(() => tool.empty());
    store.flush();
    const before = storage.getItem(`pivotpath:${id}`);
    storage.failWrites = domError(name, code);
    store.update(() => exampleFor(tool));
    vi.advanceTimersByTime(10);
    expect(store.get().save).toEqual({ kind: "failed", problem });
    expect(storage.getItem(`pivotpath:${id}`)).toBe(before);
    storage.failWrites = null;
    store.update((d) => d);
    vi.advanceTimersByTime(200);
    expect(store.get().save.kind).toBe("saved");
    expect(decodeStoredText(tool, storage.getItem(`pivotpath:${id}`) ?? "")).toMatchObject({ ok: true, data: exampleFor(tool) });
  });

  it("keeps a corrupt stored value under a backup key", () => {
    const storage = new FakeStorage();
    storage.setItem(`pivotpath:${id}`, '{"app":"pivotpath","tool":"' + id + '","version":1,"savedAt":1,"data":{"broken":');
    const store = new ToolStore(tool, { storage });
    const key = store.get().recovery?.backupKey ?? "";
    expect(key).toMatch(new RegExp(`^pivotpath-backup:${id}:`));
    expect(storage.getItem(key)).toContain('"broken":');
  });

  it("never lets NaN or Infinity reach storage", () => {
    const example = exampleFor(tool);
    const text = JSON.stringify(example);
    const numbers = [...text.matchAll(/":(-?\d+(?:\.\d+)?)[,}\]]/g)];
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      for (const match of numbers.slice(0, 20)) {
        const poisoned = poison(example, Number(match[1]), bad);
        if (poisoned === null) continue;
        expect(encodeRecord(tool, poisoned, 1).ok).toBe(false);
      }
    }
  });
});

/** A copy of `data` where the first number equal to `target` is replaced by `bad`, or null if none is. */
function poison(data: unknown, target: number, bad: number): unknown {
  let done = false;
  const walk = (node: unknown): unknown => {
    if (done) return node;
    if (typeof node === "number" && node === target) {
      done = true;
      return bad;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === "object") return Object.fromEntries(Object.entries(node).map(([k, val]) => [k, walk(val)]));
    return node;
  };
  const result = walk(data);
  return done ? result : null;
}
