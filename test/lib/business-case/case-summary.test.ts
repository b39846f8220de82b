import { describe, expect, it } from "vitest";
import { businessCaseExample } from "~/lib/business-case/business-case-example";
import { emptyBusinessCase } from "~/lib/business-case/business-case-tool";
import { kpisBlock, topRisksBlock } from "~/lib/business-case/case-links";
import { caseSummary } from "~/lib/business-case/case-summary";
import { goalsExample } from "~/lib/goals/goals-example";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { organizationsExample } from "~/lib/organizations/organizations-example";
import { risksExample } from "~/lib/risks/risks-example";
import { type Risk, risksTool } from "~/lib/risks/risks-tool";

const risk = (id: string, title: string, residual: [number, number], status: Risk["status"] = "open"): Risk => ({
  ...risksExample()[0]!,
  id,
  title,
  likelihood: 5,
  impact: 5,
  residualLikelihood: residual[0],
  residualImpact: residual[1],
  status,
});
const register = (risks: Risk[]) => ({ ...risksTool.empty(), risks });
const rowsOf = (block: ReturnType<typeof topRisksBlock>) => (block.kind === "table" ? block.rows : []);

describe("topRisksBlock", () => {
  it("lists open risks by residual score, highest first, at most five, with their numbers in the register", () => {
    const risks = [
      risk("r1", "Low", [1, 2]),
      risk("r2", "Closed but high", [5, 5], "closed"),
      risk("r3", "Highest", [4, 5]),
      risk("r4", "Middle", [3, 3]),
      ...["a", "b", "c", "d"].map((id) => risk(id, `Filler ${id}`, [2, 2])),
    ];
    const rows = rowsOf(topRisksBlock(register(risks)));
    expect(rows.map((r) => r[1])).toEqual(["Highest", "Middle", "Filler a", "Filler b", "Filler c"]);
    expect(rows[0]).toEqual(["3", "Highest", "20 Extreme", risksExample()[0]!.owner]);
  });

  it("says when step 5 has no open risks", () => {
    expect(topRisksBlock(register([risk("r1", "Done", [5, 5], "closed")]))).toEqual({
      kind: "paragraph",
      text: "Step 5's risk register has no open risks yet.",
    });
  });
});

describe("kpisBlock", () => {
  it("gives each KPI's baseline, target, date and latest value, or says it is not measured", () => {
    const kpi = { ...kpisExample().kpis[0]!, name: "Households", baseline: 0, target: 400, unit: "households", targetDate: "2027-12-31" };
    const measured = { ...kpi, measurements: [{ id: "m1", date: "2027-08-31", value: 310, note: "" }] };
    const block = kpisBlock([{ ...kpi, measurements: [] }, measured], "en-US");
    expect(block.kind === "table" && block.rows).toEqual([
      ["Households", "0 households → 400 households, Dec 31, 2027", "Not measured yet"],
      ["Households", "0 households → 400 households, Dec 31, 2027", "310 households, Aug 31, 2027"],
    ]);
    expect(kpisBlock([])).toEqual({ kind: "paragraph", text: "Step 8's KPI tracker has no KPIs yet." });
  });
});

describe("caseSummary", () => {
  const links = {
    goals: goalsExample().goals,
    organizations: organizationsExample().organizations,
    kpis: kpisExample().kpis,
    risks: register(risksExample()),
  };

  it("ends each result with one full stop, a reason that has one included", () => {
    const all = JSON.stringify(caseSummary(businessCaseExample(), { ...links, kpis: [] }));
    expect(all).toContain("Cost per outcome: Not worked out yet: the KPI it divides by is not in step 8's tracker.\"");
    expect(all).not.toMatch(/[^.]\.\.[^.]/);
  });

  it("puts the worked example's case, results, top risks and KPIs on one page", () => {
    const all = JSON.stringify(caseSummary(businessCaseExample(), links));
    expect(all).toContain("Weekly market with cooking classes in Riverside Park (chosen)");
    expect(all).toContain("Benefit–cost ratio");
    expect(all).toContain("Top 5 residual risks");
    expect(all).toContain(kpisExample().kpis.at(-1)!.name);
    expect(all).toContain(goalsExample().goals[0]!.title);
  });

  it("says what is missing in a fresh case instead of leaving gaps", () => {
    const all = JSON.stringify(caseSummary(emptyBusinessCase(), { goals: [], organizations: [], kpis: [], risks: register([]) }));
    expect(all).toContain("Purpose: not written yet.");
    expect(all).toContain("Benefit lines: none yet.");
    expect(all).not.toMatch(/NaN|Infinity|undefined/);
  });
});
