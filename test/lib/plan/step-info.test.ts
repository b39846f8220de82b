import { describe, expect, it } from "vitest";
import { stepInfos } from "~/lib/plan/step-info";

describe("stepInfos", () => {
  it("names each step in step order, with its page", () => {
    const entry = (id: string, step: number) => ({ id, data: { step, title: `Title ${step}`, navTitle: `Nav ${step}` } });
    expect(stepInfos([entry("risks", 5), entry("goals", 1)])).toEqual([
      { step: 1, title: "Title 1", navTitle: "Nav 1", href: "/guide/goals/" },
      { step: 5, title: "Title 5", navTitle: "Nav 5", href: "/guide/risks/" },
    ]);
  });
});
