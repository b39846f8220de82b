import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { addCriterion, removeCriterion, renameCriterion, setNonNegotiable, setWeight } from "~/lib/scorecard/criteria-edit";
import { addCheck, removeCheck, setCheckDate, setCheckNote, setCheckStatus } from "~/lib/scorecard/diligence";
import { forgetOrganization, setMet, setScore } from "~/lib/scorecard/scores-edit";
import { CHECK_STATUSES, type ScorecardData, ScorecardSchema, scorecardTool } from "~/lib/scorecard/scorecard-tool";

type Edit = (data: ScorecardData) => ScorecardData;

const org = fc.constantFrom("o1", "o2", "o3");
const criterion = fc.constantFrom("criterion-1", "criterion-2", "new-1", "new-2");
const check = fc.constantFrom("check-1", "check-8", "k-new");
const name = fc.constantFrom("Mission fit", "MISSION FIT", "Reach", "reach\u200B", "", "x".repeat(121));
const weight = fc.oneof(fc.double({ min: -2, max: 1200 }), fc.constantFrom(0, 1, 2.5, Number.NaN, Number.POSITIVE_INFINITY));
const score = fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constantFrom(2.5, null));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(criterion, name, weight, fc.boolean()).map(
    ([id, n, w, gate]): Edit =>
      (d) =>
        addCriterion(d, { id, name: n, weight: w, nonNegotiable: gate }),
  ),
  fc.tuple(criterion, name).map(
    ([id, n]): Edit =>
      (d) =>
        renameCriterion(d, id, n),
  ),
  fc.tuple(criterion, weight).map(
    ([id, w]): Edit =>
      (d) =>
        setWeight(d, id, w),
  ),
  fc.tuple(criterion, fc.boolean()).map(
    ([id, gate]): Edit =>
      (d) =>
        setNonNegotiable(d, id, gate),
  ),
  criterion.map(
    (id): Edit =>
      (d) =>
        removeCriterion(d, id),
  ),
  fc.tuple(org, criterion, score).map(
    ([o, c, s]): Edit =>
      (d) =>
        setScore(d, o, c, s),
  ),
  fc.tuple(org, criterion, fc.option(fc.boolean(), { nil: null })).map(
    ([o, c, m]): Edit =>
      (d) =>
        setMet(d, o, c, m),
  ),
  fc.tuple(org, check, fc.constantFrom(...CHECK_STATUSES.map((s) => s.key))).map(
    ([o, c, s]): Edit =>
      (d) =>
        setCheckStatus(d, o, c, s),
  ),
  fc.tuple(org, check, fc.constantFrom("", "ok", "x".repeat(1001))).map(
    ([o, c, n]): Edit =>
      (d) =>
        setCheckNote(d, o, c, n),
  ),
  fc.tuple(org, check, fc.constantFrom("", "2027-02-28", "2027-02-29", "soon")).map(
    ([o, c, day]): Edit =>
      (d) =>
        setCheckDate(d, o, c, day),
  ),
  fc.tuple(check, name).map(
    ([id, n]): Edit =>
      (d) =>
        addCheck(d, { id, name: n }),
  ),
  check.map(
    (id): Edit =>
      (d) =>
        removeCheck(d, id),
  ),
  org.map(
    (o): Edit =>
      (d) =>
        forgetOrganization(d, o),
  ),
);

describe("any sequence of edits", () => {
  it("keeps the scorecard valid, and returns the same object exactly when nothing changed", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let data = scorecardTool.empty();
        for (const apply of edits) {
          const next = apply(data);
          if (next === data) continue;
          expect(JSON.stringify(next)).not.toBe(JSON.stringify(data));
          expect(v.safeParse(ScorecardSchema, next).success).toBe(true);
          data = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
