import { describe, expect, it } from "vitest";
import { MAX_PEOPLE, RACI_CELLS_PER_PAGE, tasksPerPage } from "~/lib/raci/raci-tool";

describe("tasksPerPage", () => {
  it("shows 20 tasks with up to 15 people, fewer as the chart widens: 10 with 30", () => {
    expect([0, 1, 15, 16, 20, 30].map(tasksPerPage)).toEqual([20, 20, 20, 18, 15, 10]);
  });

  it("never shows more cells than a page holds, for every number of people the chart accepts", () => {
    for (let people = 1; people <= MAX_PEOPLE; people++) {
      expect(tasksPerPage(people) * people, `${people} people`).toBeLessThanOrEqual(RACI_CELLS_PER_PAGE);
    }
  });
});
