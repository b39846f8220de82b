import { describe, expect, it } from "vitest";
import { scorecardExports } from "~/lib/scorecard/scorecard-exports";
import { criterion, scorecard } from "./fixtures";

describe("scorecardExports", () => {
  const data = scorecard([criterion("fit", { name: "Mission fit" })], { a: [4] });

  it("reads the candidates when the file is asked for", () => {
    let list = [{ id: "a", name: "Greenleaf Grocers" }];
    const [table] = scorecardExports(() => list).csv;
    expect(table?.available?.(data)).toBe(true);
    expect(table?.csv(data)).toContain("Greenleaf Grocers");
    list = [];
    expect(table?.available?.(data)).toBe(false);
    expect(table?.csv(data)).toBeNull();
  });

  it("has nothing to download without criteria", () => {
    const [table] = scorecardExports(() => [{ id: "a", name: "A" }]).csv;
    expect(table?.available?.({ ...data, criteria: [] })).toBe(false);
  });
});
