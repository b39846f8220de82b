import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { businessCaseExample } from "~/lib/business-case/business-case-example";
import { BusinessCaseSchema } from "~/lib/business-case/business-case-tool";
import { caseResults } from "~/lib/business-case/return-figures";
import { costingTotal } from "~/lib/business-case/cost-and-benefits";
import { COST_PER_HOUSEHOLD, TOTAL } from "~/lib/example/money";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { resourcesExample } from "~/lib/resources/resources-example";

describe("businessCaseExample", () => {
  it("is a valid case", () => {
    expect(v.safeParse(BusinessCaseSchema, businessCaseExample()).success).toBe(true);
  });

  it("costs what step 7's example budget totals", () => {
    const total = costingTotal(businessCaseExample(), resourcesExample());
    expect(total).toEqual({ ok: true, value: TOTAL });
    expect(businessCaseExample().totalCost).toBe(TOTAL);
  });

  it("gives the page's cost per household from step 8's households KPI", () => {
    const results = caseResults(businessCaseExample(), kpisExample().kpis);
    expect(results.costPerOutcome).toEqual({ ok: true, value: COST_PER_HOUSEHOLD });
  });
});

describe("businessCaseExample's links", () => {
  it("points at step 1's goals and step 2's organizations as their examples name them", async () => {
    const { goalsExample } = await import("~/lib/goals/goals-example");
    const { organizationsExample } = await import("~/lib/organizations/organizations-example");
    const goalIds = goalsExample().goals.map((g) => g.id);
    const orgIds = organizationsExample().organizations.map((o) => o.id);
    for (const id of businessCaseExample().objectiveGoalIds) expect(goalIds).toContain(id);
    for (const id of businessCaseExample().keyPlayerIds) expect(orgIds).toContain(id);
  });
});
