import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { acceptedBy, appendRow, firstDuplicateId, moveRow, removeRow, updateRow } from "~/lib/row-list/row-list";

const rows = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id).join("");

describe("appendRow", () => {
  it("appends a row", () => expect(ids(appendRow(rows("a", "b"), { id: "c", text: "" }, 3))).toBe("abc"));
  it.each([
    ["the list is full", rows("a", "b"), "c", 2],
    ["the id is taken", rows("a", "b"), "a", 5],
  ])("returns the same list when %s", (_, list, id, max) => {
    expect(appendRow(list, { id, text: "" }, max)).toBe(list);
  });
});

describe("updateRow", () => {
  const list = rows("a", "b");
  it("changes the row addressed by id only", () => {
    const next = updateRow(list, "b", { text: "new" });
    expect(next).toEqual([list[0], { id: "b", text: "new" }]);
    expect(next[0]).toBe(list[0]);
  });
  it.each([
    ["no row has the id", "x", { text: "new" }],
    ["no field changes", "a", { text: "A" }],
    ["the patch is empty", "a", {}],
  ])("returns the same list when %s", (_, id, patch) => expect(updateRow(list, id, patch)).toBe(list));
  it("compares arrays by their items", () => {
    const tagged = [{ id: "a", tags: ["x", "y"] }];
    expect(updateRow(tagged, "a", { tags: ["x", "y"] })).toBe(tagged);
    expect(updateRow(tagged, "a", { tags: ["y", "x"] })[0]?.tags).toEqual(["y", "x"]);
  });
});

describe("accept", () => {
  const valid = acceptedBy(v.object({ id: v.string(), text: v.pipe(v.string(), v.minLength(1)) }));
  it("refuses to append or store a row the schema refuses", () => {
    const list = rows("a");
    expect(appendRow(list, { id: "b", text: "" }, 5, valid)).toBe(list);
    expect(updateRow(list, "a", { text: "" }, valid)).toBe(list);
    expect(updateRow(list, "a", { text: "ok" }, valid)[0]?.text).toBe("ok");
  });
});

describe("removeRow", () => {
  it("removes by id", () => expect(ids(removeRow(rows("a", "b", "c"), "b"))).toBe("ac"));
  it("returns the same list for an unknown id", () => {
    const list = rows("a");
    expect(removeRow(list, "x")).toBe(list);
  });
});

describe.each([
  ["b", -1, "bacd"],
  ["b", 1, "acbd"],
  ["b", 9, "acdb"],
  ["c", -9, "cabd"],
  ["a", -1, "abcd"],
  ["d", 1, "abcd"],
  ["x", 1, "abcd"],
  ["b", 0.5, "abcd"],
])("moveRow(%s by %d)", (id, by, expected) => {
  it(`gives ${expected}`, () => {
    const list = rows("a", "b", "c", "d");
    const next = moveRow(list, id, by);
    expect(ids(next)).toBe(expected);
    if (expected === "abcd") expect(next).toBe(list);
  });
});

describe("firstDuplicateId", () => {
  it.each([
    [[], null],
    [["a", "b"], null],
    [["a", "b", "a", "b"], "a"],
  ])("%j → %s", (list, expected) => expect(firstDuplicateId(list.map((id) => ({ id })))).toBe(expected));
});

describe("properties", () => {
  const uniqueRows = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 12 }).map((list) => list.map((id) => ({ id })));
  it("moving keeps the same rows, only reordered", () => {
    fc.assert(
      fc.property(uniqueRows, fc.nat(), fc.integer({ min: -20, max: 20 }), (list, pick, by) => {
        const id = list.length === 0 ? "none" : (list[pick % list.length]?.id ?? "none");
        const next = moveRow(list, id, by);
        expect([...next].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...list].sort((a, b) => (a.id < b.id ? -1 : 1)));
        expect(firstDuplicateId(next)).toBeNull();
      }),
    );
  });
  it("appending never creates a duplicate id or passes the limit", () => {
    fc.assert(
      fc.property(uniqueRows, fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 15 }), (list, id, max) => {
        const next = appendRow(list, { id }, max);
        expect(firstDuplicateId(next)).toBeNull();
        expect(next.length).toBeLessThanOrEqual(Math.max(max, list.length));
      }),
    );
  });
});
