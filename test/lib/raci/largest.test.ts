import { describe, expect, it } from "vitest";
import { chartProblems } from "~/lib/raci/raci-checks";
import { MAX_PEOPLE, MAX_TASKS, raciTool } from "~/lib/raci/raci-tool";
import { decodeStoredText } from "~/lib/storage/decode";
import { largestRaci } from "../../support/largest/raci";

describe("the largest RACI chart", () => {
  it("is a stored record the tool reads: 100 tasks × 30 people or roles, one Accountable a task", () => {
    const decoded = decodeStoredText(raciTool, largestRaci());
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.data.tasks).toHaveLength(MAX_TASKS);
    expect(decoded.data.people).toHaveLength(MAX_PEOPLE);
    expect(chartProblems(decoded.data).every(({ problems }) => !problems.some((p) => p.kind === "accountable-count"))).toBe(true);
  });
});
