import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { EXAMPLE } from "~/lib/example/partnership";
import { EXAMPLE_ORG, organizationsExample } from "~/lib/organizations/organizations-example";
import { OrganizationsSchema, candidates, ownOrganization } from "~/lib/organizations/organizations-tool";
import { diligenceSummary, diligenceText } from "~/lib/scorecard/diligence";
import { rankText, reasonText, scoreText, standings } from "~/lib/scorecard/ranking";
import { scorecardExample } from "~/lib/scorecard/scorecard-example";
import { ScorecardSchema } from "~/lib/scorecard/scorecard-tool";

describe("the worked example of step 2", () => {
  const organizations = organizationsExample();
  const scorecard = scorecardExample();

  it("is valid, with the reader's own organization and the three partners of the story", () => {
    expect(v.safeParse(OrganizationsSchema, organizations).success).toBe(true);
    expect(v.safeParse(ScorecardSchema, scorecard).success).toBe(true);
    expect(ownOrganization(organizations)?.name).toBe(EXAMPLE.lead);
    expect(organizations.organizations.filter((o) => o.status === "partner").map((o) => o.name)).toEqual(
      expect.arrayContaining([...EXAMPLE.partners]),
    );
  });

  it("ranks the candidates in the guide's order of totals, with Valley Fresh excluded by the non-negotiable", () => {
    const rows = standings(scorecard, candidates(organizations)).map((s) => [
      rankText(s),
      s.candidate.name,
      scoreText(s, "en-US"),
      reasonText(s),
    ]);
    expect(rows).toEqual([
      ["1", "Greenleaf Grocers", "4.40", ""],
      ["2", "Harbor City Parks Department", "4.00", ""],
      ["3", "East Harbor Health Center", "3.60", ""],
      ["4", "Harbor City Farmers Market Association", "3.20", ""],
      ["5", "Harbor City Public Schools", "3.00", ""],
      ["", "Valley Fresh Supermarkets", "3.80", "Excluded: does not meet “Keeps Eastside's name visible on food-help services”"],
    ]);
  });

  it("has due diligence under way on the two finalists only", () => {
    expect(diligenceText(diligenceSummary(scorecard, EXAMPLE_ORG.grocer))).toBe("3 of 8 done");
    expect(diligenceText(diligenceSummary(scorecard, EXAMPLE_ORG.parks))).toBe("1 of 8 done");
    expect(new Set(scorecard.diligence.map((d) => d.organizationId))).toEqual(new Set([EXAMPLE_ORG.grocer, EXAMPLE_ORG.parks]));
  });

  it("points only at organizations of the example list", () => {
    const ids = new Set(organizations.organizations.map((o) => o.id));
    for (const s of [...scorecard.scores, ...scorecard.answers, ...scorecard.diligence]) expect(ids.has(s.organizationId)).toBe(true);
  });
});
