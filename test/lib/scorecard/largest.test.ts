import { describe, expect, it } from "vitest";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { standings } from "~/lib/scorecard/ranking";
import { scorecardTool } from "~/lib/scorecard/scorecard-tool";
import { decodeStoredText } from "~/lib/storage/decode";
import { largestOrganizations, largestScorecard } from "../../support/largest/partners";

describe("the largest organizations list and scorecard", () => {
  it("pass their schemas at every limit, and every candidate gets a standing", () => {
    const orgs = decodeStoredText(organizationsTool, largestOrganizations());
    const card = decodeStoredText(scorecardTool, largestScorecard());
    expect(orgs.ok && card.ok).toBe(true);
    if (!orgs.ok || !card.ok) return;
    expect(orgs.data.organizations).toHaveLength(30);
    expect(card.data.criteria).toHaveLength(20);
    expect(card.data.diligence).toHaveLength(29 * 30);
    const list = standings(
      card.data,
      orgs.data.organizations.filter((o) => !o.own),
    );
    expect(list).toHaveLength(29);
    expect(list.filter((s) => s.kind === "excluded")).toHaveLength(5);
  });
});
