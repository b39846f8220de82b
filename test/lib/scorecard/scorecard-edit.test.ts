import { describe, expect, it } from "vitest";
import { addCriterion, removeCriterion, renameCriterion, setNonNegotiable, setWeight } from "~/lib/scorecard/criteria-edit";
import { forgetOrganization, scorecardUses, setMet, setScore } from "~/lib/scorecard/scores-edit";
import { MAX_PAIRS, type ScorecardData } from "~/lib/scorecard/scorecard-tool";
import { criterion, scorecard } from "./fixtures";

const base = (): ScorecardData => ({
  ...scorecard(
    [criterion("fit", { name: "Mission fit" }), criterion("gate", { name: "No advertising", nonNegotiable: true })],
    { a: [4] },
    { a: { gate: true } },
  ),
  checks: [{ id: "ins", name: "Insurance" }],
  diligence: [{ organizationId: "a", checkId: "ins", status: "done", note: "", date: "" }],
});

describe("edits that change nothing return the same object", () => {
  const data = base();
  it.each([
    ["a criterion with a taken name", (d: ScorecardData) => addCriterion(d, criterion("new", { name: "MISSION FIT" }))],
    ["a criterion with a taken id", (d: ScorecardData) => addCriterion(d, criterion("fit", { name: "Other" }))],
    ["a criterion weighing zero", (d: ScorecardData) => addCriterion(d, criterion("new", { weight: 0 }))],
    ["a criterion with a blank name", (d: ScorecardData) => addCriterion(d, criterion("new", { name: " \u200B" }))],
    ["a rename to the same name", (d: ScorecardData) => renameCriterion(d, "fit", "Mission fit")],
    ["a rename to a taken name", (d: ScorecardData) => renameCriterion(d, "fit", "no advertising")],
    ["a negative weight", (d: ScorecardData) => setWeight(d, "fit", -1)],
    ["a NaN weight", (d: ScorecardData) => setWeight(d, "fit", Number.NaN)],
    ["the same weight", (d: ScorecardData) => setWeight(d, "fit", 1)],
    ["an unknown criterion's weight", (d: ScorecardData) => setWeight(d, "zz", 2)],
    ["the same gate setting", (d: ScorecardData) => setNonNegotiable(d, "gate", true)],
    ["removing an unknown criterion", (d: ScorecardData) => removeCriterion(d, "zz")],
    ["the same score", (d: ScorecardData) => setScore(d, "a", "fit", 4)],
    ["a score of 0", (d: ScorecardData) => setScore(d, "a", "fit", 0)],
    ["a score of 3.5", (d: ScorecardData) => setScore(d, "a", "fit", 3.5)],
    ["a score on an unknown criterion", (d: ScorecardData) => setScore(d, "a", "zz", 3)],
    ["clearing a score never given", (d: ScorecardData) => setScore(d, "b", "fit", null)],
    ["the same answer", (d: ScorecardData) => setMet(d, "a", "gate", true)],
    ["an answer on an unknown criterion", (d: ScorecardData) => setMet(d, "a", "zz", true)],
    ["forgetting an organization never scored", (d: ScorecardData) => forgetOrganization(d, "b")],
  ])("%s", (_, edit) => {
    expect(edit(data)).toBe(data);
  });

  it("a 21st criterion", () => {
    const many = { ...data, criteria: Array.from({ length: 20 }, (_, i) => criterion(`c${i}`)) };
    expect(addCriterion(many, criterion("new"))).toBe(many);
  });
});

describe("criteria edits", () => {
  it("adds with a tidy name, renames, reweights and makes a gate", () => {
    let data = addCriterion(base(), criterion("cap", { name: "  Capacity   to deliver ", weight: 2.5 }));
    data = renameCriterion(data, "cap", "Capacity");
    data = setWeight(data, "cap", 3);
    data = setNonNegotiable(data, "fit", true);
    expect(data.criteria.map((c) => [c.name, c.weight, c.nonNegotiable])).toEqual([
      ["Mission fit", 1, true],
      ["No advertising", 1, true],
      ["Capacity", 3, false],
    ]);
  });

  it("removes a criterion with its scores and answers", () => {
    const data = removeCriterion(removeCriterion(base(), "fit"), "gate");
    expect([data.criteria, data.scores, data.answers]).toEqual([[], [], []]);
    expect(data.diligence).toHaveLength(1);
  });
});

describe("scores and answers", () => {
  it("sets, replaces and clears a score by organization and criterion", () => {
    let data = setScore(base(), "b", "fit", 2);
    data = setScore(data, "a", "fit", 5);
    expect(data.scores).toEqual(
      expect.arrayContaining([
        { organizationId: "a", criterionId: "fit", score: 5 },
        { organizationId: "b", criterionId: "fit", score: 2 },
      ]),
    );
    expect(data.scores).toHaveLength(2);
    expect(setScore(data, "a", "fit", null).scores).toEqual([{ organizationId: "b", criterionId: "fit", score: 2 }]);
  });

  it("refuses a new score past the most entries kept, but still changes one already there", () => {
    const scores = Array.from({ length: MAX_PAIRS }, (_, i) => ({ organizationId: `gone-${i}`, criterionId: "fit", score: 3 }));
    const full = { ...base(), scores };
    expect(setScore(full, "new", "fit", 4)).toBe(full);
    expect(setScore(full, "gone-0", "fit", 4).scores).toHaveLength(MAX_PAIRS);
  });

  it("answers a non-negotiable yes, no, or not yet", () => {
    const no = setMet(base(), "a", "gate", false);
    expect(no.answers).toEqual([{ organizationId: "a", criterionId: "gate", met: false }]);
    expect(setMet(no, "a", "gate", null).answers).toEqual([]);
  });

  it("forgets everything about an organization, and says where it was used first", () => {
    const data = base();
    expect(scorecardUses(data, "a")).toBe("its scores and due diligence in the partner scorecard");
    expect(scorecardUses({ ...data, diligence: [] }, "a")).toBe("its scores in the partner scorecard");
    expect(scorecardUses({ ...data, scores: [], answers: [] }, "a")).toBe("its due diligence in the partner scorecard");
    expect(scorecardUses(data, "b")).toBeNull();
    const forgotten = forgetOrganization(data, "a");
    expect([forgotten.scores, forgotten.answers, forgotten.diligence]).toEqual([[], [], []]);
  });
});
