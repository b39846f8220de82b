import { describe, expect, it } from "vitest";
import { cellName, moveFrom } from "~/lib/risks/matrix-nav";

describe("moveFrom", () => {
  const middle = { likelihood: 3, impact: 3 };
  it.each([
    [middle, "ArrowUp", { likelihood: 4, impact: 3 }],
    [middle, "ArrowDown", { likelihood: 2, impact: 3 }],
    [middle, "ArrowLeft", { likelihood: 3, impact: 2 }],
    [middle, "ArrowRight", { likelihood: 3, impact: 4 }],
    [middle, "Home", { likelihood: 3, impact: 1 }],
    [middle, "End", { likelihood: 3, impact: 5 }],
    [{ likelihood: 5, impact: 5 }, "ArrowUp", { likelihood: 5, impact: 5 }],
    [{ likelihood: 5, impact: 5 }, "ArrowRight", { likelihood: 5, impact: 5 }],
    [{ likelihood: 1, impact: 1 }, "ArrowDown", { likelihood: 1, impact: 1 }],
    [{ likelihood: 1, impact: 1 }, "ArrowLeft", { likelihood: 1, impact: 1 }],
    [middle, "Enter", null],
    [middle, "a", null],
  ])("from %j, %s goes to %j", (at, key, expected) => {
    expect(moveFrom(at, key)).toEqual(expected);
  });
});

describe("cellName", () => {
  it.each([
    [{ likelihood: 4, impact: 5 }, "Extreme", 2, "Likelihood 4 Likely, impact 5 Severe: Extreme, 2 risks"],
    [{ likelihood: 1, impact: 1 }, "Low", 1, "Likelihood 1 Rare, impact 1 Insignificant: Low, 1 risk"],
    [{ likelihood: 5, impact: 3 }, "Extreme", 0, "Likelihood 5 Almost certain, impact 3 Moderate: Extreme, 0 risks"],
  ])("%j %s %i", (at, band, count, name) => {
    expect(cellName(at, band, count)).toBe(name);
  });
});
