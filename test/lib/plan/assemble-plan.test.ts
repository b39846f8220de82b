import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney } from "~/lib/resources/money";
import { computeCostSharing } from "~/lib/resources/cost-sharing";
import { resourcesExample } from "~/lib/resources/resources-example";
import { goalsExample } from "~/lib/goals/goals-example";
import type { KpisData } from "~/lib/kpis/kpis-tool";
import type { OrganizationsData } from "~/lib/organizations/organizations-tool";
import { assemblePlan } from "~/lib/plan/assemble-plan";
import type { ResourcesData } from "~/lib/resources/resources-tool";
import type { RisksData } from "~/lib/risks/risks-tool";
import type { PlanDocument } from "~/lib/plan/plan-document";
import { bandCounts } from "~/lib/risks/register";
import { risksExample } from "~/lib/risks/risks-example";
import { DEFAULT_LIMITS } from "~/lib/risks/scoring";
import { TOOLS } from "../../support/examples";
import { toolData } from "../../support/generate";
import { NOW, STEPS, exampleSnapshot, sectionText } from "../../support/plan-fixtures";

const assemble = (snapshot = exampleSnapshot([])): PlanDocument => assemblePlan(snapshot, STEPS, { now: NOW, locale: "en-US" });

describe("assemblePlan with nothing saved", () => {
  const doc = assemble();

  it("has one section per step, in step order, each saying what the step produces", () => {
    expect(doc.title).toBe("Partnership plan");
    expect(doc.subtitle).toBeUndefined();
    expect(doc.date).toBe("Nov 28, 2026");
    expect(doc.sections.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const section of doc.sections) {
      expect(section).toMatchObject({ state: "not started", updatedAt: null, blocks: [] });
      expect(section.emptyText.length).toBeGreaterThan(20);
    }
  });

  it("takes titles and links from the steps it is given, whatever their order", () => {
    const shuffled = assemblePlan({}, [...STEPS].reverse(), { now: NOW });
    expect(shuffled.sections.map((s) => [s.step, s.title, s.href])).toEqual(STEPS.map((s) => [s.step, s.title, s.href]));
  });
});

describe("the plan's title", () => {
  const goals = (partnershipName: string) => ({ goals: { data: { ...goalsExample(), partnershipName }, savedAt: NOW } });

  it.each([
    ["nothing saved", {}, "Partnership plan"],
    ["the goals worksheet's example", exampleSnapshot(["goals"]), "Partnership plan: Riverside Fresh Start"],
    [
      "a name typed with spaces around it",
      goals("  Eastside Fresh Food Partnership "),
      "Partnership plan: Eastside Fresh Food Partnership",
    ],
    ["a blank name", goals("   "), "Partnership plan"],
    ["other tools saved but not the goals worksheet", exampleSnapshot(["organizations", "risks"]), "Partnership plan"],
  ])("with %s is %j", (_, snapshot, title) => {
    expect(assemble(snapshot).title).toBe(title);
  });
});

describe("assemblePlan with some steps saved", () => {
  const snapshot = exampleSnapshot(["goals", "risks", "kpis"], (i) => NOW - 1000 * (i + 1));
  const doc = assemble(snapshot);
  const byStep = (step: number) => doc.sections.find((s) => s.step === step);

  it.each([
    [1, "started"],
    [2, "not started"],
    [3, "not started"],
    [4, "not started"],
    [5, "started"],
    [6, "not started"],
    [7, "not started"],
    [8, "started"],
  ] as const)("step %i is %s", (step, state) => {
    expect(byStep(step)?.state).toBe(state);
    expect(byStep(step)?.updatedAt === null).toBe(state === "not started");
  });

  it("dates each section by its tools' saves and shows only what is saved", () => {
    expect(byStep(1)?.updatedAt).toBe(snapshot["goals"]?.savedAt);
    expect(sectionText(byStep(8))).toContain("Key performance indicators");
    expect(sectionText(byStep(8))).not.toContain("Partnership health check");
    expect(doc.subtitle).toBe("Prepared by Eastside Food Bank");
  });

  it("a step with one of its tools saved shows that tool's part alone", () => {
    const partners = assemble(exampleSnapshot(["organizations"]));
    const text = sectionText(partners.sections[1]);
    expect(text).toContain("Greenleaf Grocers");
    expect(text).not.toContain("Ranking by weighted score");
  });
});

describe("assemblePlan with every worked example", () => {
  const snapshot = exampleSnapshot();
  const doc = assemble(snapshot);

  it("says in step 7 that no cost-sharing method is chosen, and gives no one's share, while none is", () => {
    const resources = snapshot["resources"]!;
    const unchosen = assemble({ ...snapshot, resources: { ...resources, data: { ...(resources.data as ResourcesData), method: null } } });
    const text = sectionText(unchosen.sections[6]);
    expect(text).toContain("No cost-sharing method is chosen yet.");
    expect(text).not.toContain("Who pays what");
    expect(text).toContain("Total cost over 12 months");
  });

  it("says in step 3 where step 7's budget total has moved away from the case's total cost", () => {
    expect(sectionText(doc.sections[2])).not.toContain("step 7's budget total");
    const resources = snapshot["resources"]!;
    const fewerCosts = (resources.data as ResourcesData).costs.slice(1);
    const moved = assemble({ ...snapshot, resources: { ...resources, data: { ...(resources.data as ResourcesData), costs: fewerCosts } } });
    const { resources: _, ...withoutCosting } = snapshot;
    expect(sectionText(assemble(withoutCosting).sections[2])).toContain(
      "(taken from step 7's costing); step 7's costing has no budget lines yet",
    );
    expect(sectionText(moved.sections[2])).toMatch(
      /\(taken from step 7's costing\); step 7's budget total has changed to \$[\d,.]+ since it was taken/,
    );
  });

  it.each([
    [
      1,
      [
        "Goals and objectives",
        "Eastside Food Bank",
        "What we can offer partners",
        "A refrigerated warehouse and truck",
        "Our non-negotiables",
      ],
    ],
    [2, ["Organizations", "Greenleaf Grocers", "Ranking by weighted score", "Due diligence", "done"]],
    [3, ["Options appraisal", "Cost and return", "Benefit–cost ratio", "Top 5 residual risks (step 5, after mitigation)"]],
    [4, ["Governance tiers", "Strategic group", "RACI chart", "Partnership agreement", "Term: From Mar 1, 2027"]],
    [5, ["Risks by rating", "highest risks after mitigation", "Risk matrix before mitigation", "Risk matrix after mitigation"]],
    [6, ["Stakeholder map", "Engagement plan", "You said, we did", "Dec 1, 2026", "Feb 10, 2027"]],
    [7, ["Budget", "Who pays what", "Payments", "Total cost over 12 months"]],
    [8, ["Different households shopping at the market each month", "Partnership health check", "Latest round"]],
  ] as const)("step %i says %j", (step, phrases) => {
    const section = doc.sections[step - 1];
    expect(section?.state).toBe("started");
    for (const phrase of phrases) expect(sectionText(section)).toContain(phrase);
  });

  it("never says step 5 has no open risks when its register has them", () => {
    expect(sectionText(doc.sections[2])).not.toContain("has no open risks");
  });

  it("dates each section by the latest save of its tools", () => {
    const step4 = ["governance", "raci", "agreement"].map((id) => snapshot[id]?.savedAt ?? 0);
    expect(doc.sections[3]?.updatedAt).toBe(Math.max(...step4));
  });

  it("counts risks by rating with the register's own figures", () => {
    const table = doc.sections[4]?.blocks.find((b) => b.kind === "table" && b.caption === "Risks by rating");
    const counts = bandCounts(risksExample(), DEFAULT_LIMITS);
    expect(table?.kind === "table" && table.rows).toEqual(counts.map((c) => [expect.any(String), String(c.inherent), String(c.residual)]));
  });

  it("lists the top risks by residual score, highest first, and the matrix counts every risk once", () => {
    const blocks = doc.sections[4]?.blocks ?? [];
    const top = blocks.find((b) => b.kind === "table" && b.caption.includes("highest risks"));
    const scores = top?.kind === "table" ? top.rows.map((r) => Number.parseInt(r[4] ?? "", 10)) : [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const matrix = blocks.find((b) => b.kind === "table" && b.caption.startsWith("Risk matrix after"));
    const total = matrix?.kind === "table" ? matrix.rows.flatMap((r) => r.slice(1).map(Number)).reduce((a, b) => a + b, 0) : 0;
    expect(total).toBe(risksExample().length);
  });

  it("states the costing's totals as the costing tool computes them", () => {
    const sharing = computeCostSharing(resourcesExample());
    expect(sectionText(doc.sections[6])).toContain(formatMoney(sharing.totalCost, "USD", { locale: "en-US" }));
  });

  it("is text only: every table row is as wide as its header", () => {
    for (const block of doc.sections.flatMap((s) => s.blocks)) {
      if (block.kind === "table") for (const row of block.rows) expect(row).toHaveLength(block.header.length);
    }
  });
});

describe("assemblePlan on generated workspaces", () => {
  it("never throws, keeps one section per step and gives every table row its header's width", () => {
    const workspace = fc.tuple(...TOOLS.map((tool) => fc.option(toolData(tool), { nil: undefined })));
    fc.assert(
      fc.property(workspace, (datas) => {
        const snapshot = Object.fromEntries(
          TOOLS.flatMap((tool, i) => (datas[i] === undefined ? [] : [[tool.id, { data: datas[i], savedAt: NOW - i }]])),
        );
        const doc = assemble(snapshot);
        expect(doc.sections).toHaveLength(8);
        for (const block of doc.sections.flatMap((s) => s.blocks)) {
          if (block.kind === "table") for (const row of block.rows) expect(row).toHaveLength(block.header.length);
        }
      }),
      { numRuns: 6 },
    );
  });
});

describe("assemblePlan after a rename on step 2", () => {
  it("names risk owners, KPIs' responsible partners and costing partners as step 2 names them now", () => {
    const snapshot = exampleSnapshot(["organizations", "risks", "kpis", "resources"]);
    const organizations = structuredClone(snapshot["organizations"]?.data) as OrganizationsData;
    const risks = structuredClone(snapshot["risks"]?.data) as RisksData;
    const kpis = structuredClone(snapshot["kpis"]?.data) as KpisData;
    const resources = structuredClone(snapshot["resources"]?.data) as ResourcesData;
    const org = organizations.organizations.find((o) => o.name === risks.risks[0]?.owner);
    expect(org, "the example's first risk owner is on step 2's list").toBeDefined();
    if (!org || !risks.risks[0] || !kpis.kpis[0] || !resources.partners[0]) return;
    // Saved when the organization had its old name, linked by id; renamed on step 2 since.
    const old = org.name;
    risks.risks[0] = { ...risks.risks[0], owner: old, ownerOrganizationId: org.id };
    kpis.kpis[0] = { ...kpis.kpis[0], responsible: old, responsibleOrganizationId: org.id };
    resources.partners[0] = { ...resources.partners[0], name: old, organizationId: org.id };
    org.name = "Renamed Partners Cooperative";
    const at = (data: unknown) => ({ data, savedAt: NOW - 1000 });
    const doc = assemble({ organizations: at(organizations), risks: at(risks), kpis: at(kpis), resources: at(resources) });
    for (const step of [5, 7, 8]) expect(sectionText(doc.sections.find((s) => s.step === step))).toContain("Renamed Partners Cooperative");
  });
});
