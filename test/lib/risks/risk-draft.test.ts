import { describe, expect, it } from "vitest";
import { BLANK_DRAFT, draftErrors, draftToRisk, withInherentLevel } from "~/lib/risks/risk-draft";

describe("draftErrors", () => {
  it.each([
    ["a title", { title: "Vendors cancel" }, 0, {}],
    ["no title", { title: "" }, 0, { title: "Name the risk before adding it." }],
    ["a blank title", { title: "   " }, 0, { title: "Name the risk before adding it." }],
    ["a full register", { title: "One more" }, 1000, { title: "The register holds at most 1000 risks; delete one before adding another." }],
    ["a long title", { title: "x".repeat(301) }, 0, { title: "Keep the risk to 300 characters or fewer." }],
    ["a long owner", { title: "t", owner: "o".repeat(121) }, 0, { owner: "Keep the owner's name to 120 characters or fewer." }],
    [
      "a long mitigation",
      { title: "t", mitigation: "m".repeat(2001) },
      0,
      { mitigation: "Keep the mitigation to 2000 characters or fewer." },
    ],
    [
      "a long description",
      { title: "t", description: "d".repeat(2001) },
      0,
      { description: "Keep the description to 2000 characters or fewer." },
    ],
  ])("%s", (_, change, count, expected) => {
    expect(draftErrors({ ...BLANK_DRAFT, ...change }, count)).toEqual(expected);
  });
});

describe("withInherentLevel", () => {
  it("moves a residual level the reader has not set", () => {
    const draft = withInherentLevel(withInherentLevel(BLANK_DRAFT, "likelihood", 5), "impact", 1);
    expect(draft).toMatchObject({ likelihood: 5, impact: 1, residualLikelihood: 5, residualImpact: 1 });
  });

  it("leaves residual levels the reader set", () => {
    const set = { ...BLANK_DRAFT, residualLikelihood: 2, residualImpact: 2, residualSet: true };
    expect(withInherentLevel(set, "likelihood", 5)).toMatchObject({ likelihood: 5, residualLikelihood: 2, residualImpact: 2 });
  });
});

describe("draftToRisk", () => {
  it("trims text, opens the risk and drops a date that is not one", () => {
    const risk = draftToRisk({ ...BLANK_DRAFT, title: "  Rain  ", owner: " Parks ", review: "2027-02-30" }, "id-1");
    expect(risk).toMatchObject({ id: "id-1", title: "Rain", owner: "Parks", status: "open", review: "" });
    expect(risk).not.toHaveProperty("residualSet");
  });

  it("keeps a real date", () => {
    expect(draftToRisk({ ...BLANK_DRAFT, title: "t", review: "2028-02-29" }, "x").review).toBe("2028-02-29");
  });

  it("writes an owner that names a partner as the partner is written", () => {
    const draft = { ...BLANK_DRAFT, title: "t", owner: "greenleaf\u200B  GROCERS" };
    expect(draftToRisk(draft, "x", ["Harbor City Parks Department", "Greenleaf Grocers"]).owner).toBe("Greenleaf Grocers");
  });
});
