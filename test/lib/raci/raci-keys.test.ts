import { describe, expect, it } from "vitest";
import { cellName, letterForKey, moveInChart, nextLetter } from "~/lib/raci/raci-keys";

describe("keyboard", () => {
  it.each([
    ["r", "R"],
    ["A", "A"],
    ["c", "C"],
    ["i", "I"],
    ["Delete", ""],
    ["Backspace", ""],
    ["x", null],
    ["Enter", null],
    ["Alt", null],
  ])("%s writes %j", (key, letter) => {
    expect(letterForKey(key)).toBe(letter);
  });

  it.each([
    ["ArrowDown", { row: 1, column: 1 }, { row: 2, column: 1 }],
    ["ArrowDown", { row: 6, column: 1 }, { row: 6, column: 1 }],
    ["ArrowUp", { row: 0, column: 1 }, { row: 0, column: 1 }],
    ["ArrowLeft", { row: 1, column: 0 }, { row: 1, column: 0 }],
    ["ArrowRight", { row: 1, column: 3 }, { row: 1, column: 4 }],
    ["ArrowRight", { row: 1, column: 4 }, { row: 1, column: 4 }],
    ["Home", { row: 3, column: 3 }, { row: 3, column: 0 }],
    ["End", { row: 3, column: 0 }, { row: 3, column: 4 }],
    ["r", { row: 3, column: 0 }, null],
  ])("%s from %j in a 7 × 5 chart", (key, from, to) => {
    expect(moveInChart(from, key, 7, 5)).toEqual(to);
  });

  it("names a cell by task and person", () => {
    expect(cellName("Setup", "Market coordinator")).toBe("Setup: Market coordinator");
  });
});

describe("nextLetter", () => {
  it.each([
    ["", "R"],
    ["R", "A"],
    ["A", "C"],
    ["C", "I"],
    ["I", ""],
  ] as const)("a click on %j gives %j", (from, to) => {
    expect(nextLetter(from)).toBe(to);
  });
});
