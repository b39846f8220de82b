import { describe, expect, it } from "vitest";
import { COALESCE_MS, HISTORY_LIMIT, History } from "~/lib/storage/history";

describe("History", () => {
  it("undoes and redoes steps in order, naming each", () => {
    const history = new History<number>();
    history.record(0, "one", null, 0);
    history.record(1, "two", null, 10);
    expect(history.state()).toEqual({ undo: "two", redo: null });
    expect(history.undo(2)).toBe(1);
    expect(history.state()).toEqual({ undo: "one", redo: "two" });
    expect(history.undo(1)).toBe(0);
    expect(history.undo(0)).toBeNull();
    expect(history.redo(0)).toBe(1);
    expect(history.redo(1)).toBe(2);
    expect(history.redo(2)).toBeNull();
  });

  it("makes quick edits with one key one step, and a pause or another key a new one", () => {
    const history = new History<string>();
    history.record("", "Edit title", "title", 0);
    history.record("a", "Edit title", "title", COALESCE_MS - 1);
    history.record("ab", "Edit title", "title", 2 * COALESCE_MS - 2);
    expect(history.undo("abc")).toBe("");
    history.record("", "Edit title", "title", 0);
    history.record("a", "Edit title", "title", COALESCE_MS + 1);
    history.record("ab", "Edit owner", "owner", COALESCE_MS + 2);
    expect(history.undo("abc")).toBe("ab");
    expect(history.undo("ab")).toBe("a");
  });

  it("forgets what could be redone once a new step is taken", () => {
    const history = new History<number>();
    history.record(0, "one", null, 0);
    history.undo(1);
    history.record(0, "other", null, 5);
    expect(history.state()).toEqual({ undo: "other", redo: null });
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const history = new History<number>();
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) history.record(i, `step ${i}`, null, i);
    let steps = 0;
    let data: number | null = HISTORY_LIMIT + 10;
    while ((data = history.undo(data ?? 0)) !== null) steps++;
    expect(steps).toBe(HISTORY_LIMIT);
  });
});
