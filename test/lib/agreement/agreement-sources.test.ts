import { describe, expect, it } from "vitest";
import { costingFrom } from "~/lib/agreement/agreement-costing";
import { agreementText, assembleAgreement } from "~/lib/agreement/agreement-outline";
import {
  accountabilitiesFrom,
  goalsFrom,
  kpisFrom,
  nameFrom,
  notesFrom,
  partiesFrom,
  risksFrom,
  tiersFrom,
} from "~/lib/agreement/agreement-sources";
import { agreementTool, setClause, setTerm } from "~/lib/agreement/agreement-tool";
import { EXAMPLE } from "~/lib/example/partnership";
import { goalsExample } from "~/lib/goals/goals-example";
import { addMember, setMeets } from "~/lib/governance/governance-edit";
import { governanceExample } from "~/lib/governance/governance-example";
import { governanceTool } from "~/lib/governance/governance-tool";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { newOrganization } from "~/lib/organizations/organization-edit";
import { organizationsExample } from "~/lib/organizations/organizations-example";
import type { OrganizationsData } from "~/lib/organizations/organizations-tool";
import { resourcesExample } from "~/lib/resources/resources-example";
import { risksExample } from "~/lib/risks/risks-example";
import { DEFAULT_LIMITS } from "~/lib/risks/scoring";
import { guideChart } from "../raci/fixtures";

const organizations: OrganizationsData = {
  organizations: [
    newOrganization("parks", "Harbor City Parks Department", { kind: "public", status: "partner", contactRole: "Deputy director" }),
    newOrganization("valley", "Valley Fresh Supermarkets", { kind: "business", status: "declined" }),
    newOrganization("eastside", "Eastside Food Bank", { kind: "nonprofit", status: "partner", own: true }),
    newOrganization("greenleaf", "Greenleaf Grocers", { kind: "business", status: "partner", brings: "Produce at cost" }),
    newOrganization("clinic", "East Harbor Health Center", { kind: "nonprofit", status: "shortlisted" }),
  ],
};

describe("each tool's data as the outline's inputs", () => {
  it("takes the own organization first, then the partners; not candidates or declined ones", () => {
    expect(partiesFrom(organizations).map((p) => [p.name, p.kind])).toEqual([
      ["Eastside Food Bank", "Nonprofit"],
      ["Harbor City Parks Department", "Public agency"],
      ["Greenleaf Grocers", "Business"],
    ]);
  });

  it("names the tiers in use with their members' organizations and escalation", () => {
    let governance = addMember(governanceTool.empty(), "strategic", { id: "ed", name: "Executive director", organizationId: "eastside" });
    governance = addMember(governance, "project", { id: "pd", name: "Programs director", organizationId: "" });
    governance = setMeets(governance, "strategic", "Quarterly");
    const tiers = tiersFrom({ ...governance, tierCount: 2 }, organizations);
    expect(tiers).toEqual([
      {
        name: "Strategic group",
        members: ["Executive director, Eastside Food Bank"],
        meets: "Quarterly",
        decides: "",
        escalatesTo: "each partner's own leadership",
      },
      { name: "Project group", members: ["Programs director"], meets: "", decides: "", escalatesTo: "Strategic group" },
    ]);
  });

  it("lists who answers for each task, keeping a gap visible", () => {
    const rows = accountabilitiesFrom(guideChart(false));
    expect(rows[0]).toEqual({ task: "Weekly produce order and delivery", accountable: "PM", responsible: ["MC"] });
    expect(rows.find((r) => r.task === "Monthly figures for the indicators")?.responsible).toEqual(["SS", "PM", "MC"]);
  });

  it("writes out risks, KPIs and goals from the guide's examples", () => {
    expect(risksFrom({ limits: DEFAULT_LIMITS, risks: risksExample() }).every((r) => r.response.length > 0)).toBe(true);
    const [kpi] = kpisFrom(kpisExample(), "en-US");
    expect(kpi?.target).toMatch(/^[\d,.]+ ?.* by [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(goalsFrom(goalsExample()).length).toBe(goalsExample().goals.length);
  });

  it.each([
    ["Riverside Fresh Start", "Riverside Fresh Start"],
    ["  Eastside Fresh Food Partnership ", "Eastside Fresh Food Partnership"],
    ["", ""],
    ["   ", ""],
  ])("takes the partnership's name %j from the goals worksheet as %j", (partnershipName, name) => {
    expect(nameFrom({ ...goalsExample(), partnershipName })).toBe(name);
  });
});

describe("the outline from the guide's example", () => {
  const notes = setClause(
    setTerm(agreementTool.empty(), EXAMPLE.start, EXAMPLE.end),
    "ending",
    "Either partner may leave with three months' notice.",
  );
  const outline = assembleAgreement(
    {
      name: nameFrom(goalsExample()),
      parties: partiesFrom(organizationsExample()),
      goals: goalsFrom(goalsExample()),
      tiers: tiersFrom(governanceExample(), organizationsExample()),
      accountabilities: accountabilitiesFrom(guideChart(false)),
      risks: risksFrom({ limits: DEFAULT_LIMITS, risks: risksExample() }),
      kpis: kpisFrom(kpisExample(), "en-US"),
      ...costingFrom(resourcesExample(), organizationsExample(), "en-US"),
      ...notesFrom(notes, EXAMPLE.termMonths),
    },
    "en-US",
  );
  const text = agreementText(outline);

  it("is titled with the partnership's name from step 1", () => {
    expect(outline.title).toBe("Memorandum of understanding: Riverside Fresh Start");
    expect(text).toContain("The partnership's working name is Riverside Fresh Start.");
  });

  it("contains the parties and the goals", () => {
    for (const party of EXAMPLE.partners) expect(text).toContain(party);
    for (const goal of goalsExample().goals) expect(text).toContain(goal.title);
  });

  it("values each partner's contributions and gives its share of the costs (step 7)", () => {
    const contributions = outline.sections.find((s) => s.key === "contributions");
    const shares = contributions?.blocks.find((b) => b.kind === "table" && b.caption.startsWith("Each partner's"));
    expect(shares?.kind === "table" && shares.rows.map((r) => r[0])).toEqual([...EXAMPLE.partners]);
    expect(text).toMatch(/Greenleaf Grocers \| \$[\d,]+\.\d\d \| \$[\d,]+\.\d\d \(\d+(\.\d+)?%\)/);
  });

  it("fills the sections the example has data for, and says which step fills the rest", () => {
    const missing = outline.sections.filter((s) => s.missing !== null).map((s) => s.key);
    expect(missing).toEqual(["data", "branding", "amendment"]);
    expect(text).toContain("Executive director (chair in year one), Eastside Food Bank");
    expect(text).toContain(
      "A disagreement goes up in this order: Implementing group, Project group, Strategic group, each partner's own leadership.",
    );
    expect(text).toContain("From Mar 1, 2027 to Feb 29, 2028 (12 months).");
    expect(text).toContain("Either partner may leave with three months' notice.");
  });
});
