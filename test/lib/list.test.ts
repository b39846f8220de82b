import { describe, expect, it } from "vitest";
import { insertAt } from "~/lib/list";

describe("insertAt", () => {
  it("puts the item back where it was, leaving the list itself untouched", () => {
    const list = ["a", "c"];
    expect(insertAt(list, 1, "b")).toEqual(["a", "b", "c"]);
    expect(insertAt(list, 0, "z")).toEqual(["z", "a", "c"]);
    expect(list).toEqual(["a", "c"]);
  });

  it("appends when the list has grown shorter than the index", () => {
    expect(insertAt(["a"], 5, "b")).toEqual(["a", "b"]);
    expect(insertAt([], 3, "a")).toEqual(["a"]);
  });
});
