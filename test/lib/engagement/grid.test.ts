import { describe, expect, it } from "vitest";
import { gridStep, placesInCells } from "~/lib/engagement/power-interest";
import { moveStakeholder } from "~/lib/engagement/stakeholders";
import { mapOf, stakeholder } from "./sample";

describe("gridStep", () => {
  it.each([
    ["ArrowUp", [1, 0]],
    ["ArrowDown", [-1, 0]],
    ["ArrowRight", [0, 1]],
    ["ArrowLeft", [0, -1]],
    ["Enter", null],
    ["a", null],
  ] as const)("%s moves by %j", (key, step) => {
    expect(gridStep(key)).toEqual(step);
  });

  it("moves a stakeholder by its step, holding at the edges", () => {
    const data = mapOf(stakeholder("a", 5, 1));
    const [dPower, dInterest] = gridStep("ArrowUp") ?? [0, 0];
    expect(moveStakeholder(data, "a", dPower, dInterest)).toBe(data);
    const moved = moveStakeholder(data, "a", ...(gridStep("ArrowRight") ?? [0, 0]));
    expect(moved.stakeholders[0]).toMatchObject({ power: 5, interest: 2 });
  });
});

describe("placesInCells", () => {
  it("numbers the stakeholders sharing a cell in map order, from 0", () => {
    const places = placesInCells([stakeholder("a", 3, 3), stakeholder("b", 4, 3), stakeholder("c", 3, 3), stakeholder("d", 3, 3)]);
    expect(Object.fromEntries(places)).toEqual({ a: 0, b: 0, c: 1, d: 2 });
  });
});
