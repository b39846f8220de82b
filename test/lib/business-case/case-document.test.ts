import { describe, expect, it } from "vitest";
import { businessCaseExample } from "~/lib/business-case/business-case-example";
import { emptyBusinessCase } from "~/lib/business-case/business-case-tool";
import { ESTIMATES_NOTE, caseDocument, caseTitle } from "~/lib/business-case/case-document";
import { goalsExample } from "~/lib/goals/goals-example";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { organizationsExample } from "~/lib/organizations/organizations-example";
import { risksExample } from "~/lib/risks/risks-example";
import { resourcesExample } from "~/lib/resources/resources-example";
import { risksTool } from "~/lib/risks/risks-tool";

const links = {
  goals: goalsExample().goals,
  organizations: organizationsExample().organizations,
  kpis: kpisExample().kpis,
  risks: { ...risksTool.empty(), risks: risksExample() },
};
const none = { goals: [], organizations: [], kpis: [], risks: risksTool.empty() };
const text = (sections: ReturnType<typeof caseDocument>) => JSON.stringify(sections);

describe("caseDocument", () => {
  it("says what is not written yet in a fresh case, and still lists “Do nothing”", () => {
    const sections = caseDocument(emptyBusinessCase(), none);
    expect(sections.find((s) => s.heading === "Purpose")?.blocks).toEqual([{ kind: "paragraph", text: "Not written yet." }]);
    expect(text(sections)).toContain("Do nothing");
    expect(text(sections)).toContain("Net benefit: Not worked out yet: the case has no total cost.");
  });

  it("names the goals, organizations and KPI the example links to, marks the chosen option and states the estimates", () => {
    const sections = caseDocument(businessCaseExample(), links);
    const all = text(sections);
    expect(all).toContain(goalsExample().goals[0]!.title);
    expect(all).toContain("East Harbor Health Center");
    expect(all).toContain("Weekly market with cooking classes in Riverside Park (chosen)");
    expect(all).toContain("(taken from step 7's costing)");
    expect(all).toMatch(/Cost per outcome: \$[\d,.]+ per unit of change in “Different households/);
    expect(all).toContain(ESTIMATES_NOTE);
    expect(sections.map((s) => s.heading)).toContain("Threats");
  });

  it("says when step 7's budget total is not the case's total cost, and is silent while they agree", () => {
    const costing = resourcesExample();
    const totalCost = (data: ReturnType<typeof businessCaseExample>) =>
      caseDocument(data, { ...links, costing })
        .find((s) => s.heading === "Cost and return")!
        .blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))
        .find((t) => t.startsWith("Total cost"));
    const example = businessCaseExample();
    expect(totalCost(example)).toBe("Total cost: $101,015.20 (taken from step 7's costing)");
    const typed = { ...example, totalCost: 9_000_000, costSource: "entered" as const };
    expect(totalCost(typed)).toBe("Total cost: $90,000.00; step 7's budget total is $101,015.20");
    const stale = { ...example, totalCost: 9_000_000 };
    expect(totalCost(stale)).toBe(
      "Total cost: $90,000.00 (taken from step 7's costing); step 7's budget total has changed to $101,015.20 since it was taken",
    );
    expect(totalCost({ ...example, totalCost: null, costSource: "entered" })).toBe(
      "Total cost: not given; step 7's budget total is $101,015.20",
    );
    const noBudget = { ...links, costing: { ...costing, costs: [] } };
    expect(text(caseDocument(typed, noBudget))).not.toContain("step 7's");
    expect(text(caseDocument(example, noBudget))).toContain(
      "Total cost: $101,015.20 (taken from step 7's costing); step 7's costing has no budget lines yet",
    );
    expect(text(caseDocument(typed, links))).not.toContain("step 7's budget total");
  });

  it("carries step 5's top residual risks and step 8's KPIs", () => {
    const sections = caseDocument(businessCaseExample(), links);
    const risks = text(sections.filter((s) => s.heading === "Top residual risks"));
    expect(risks).toContain("Top 5 residual risks");
    expect(text(sections.filter((s) => s.heading === "KPIs"))).toContain(kpisExample().kpis[0]!.name);
    expect(text(caseDocument(emptyBusinessCase(), none))).toContain("Step 5's risk register has no open risks yet.");
  });

  it("leaves out ids that no longer name anything", () => {
    const data = { ...businessCaseExample(), objectiveGoalIds: ["gone"] };
    const objectives = caseDocument(data, links).find((s) => s.heading === "Objectives");
    expect(text([objectives!])).not.toContain("gone");
  });
});

describe("caseTitle", () => {
  it.each([
    ["Riverside Fresh Start", "Business case: Riverside Fresh Start"],
    ["  Eastside Fresh Food Partnership ", "Business case: Eastside Fresh Food Partnership"],
    ["", "Business case"],
    ["   ", "Business case"],
  ])("with the partnership name %j is %j", (name, title) => expect(caseTitle(name)).toBe(title));

  it("names the worked example's case as the guide does", () => {
    expect(caseTitle(goalsExample().partnershipName)).toBe("Business case: Riverside Fresh Start");
  });
});
