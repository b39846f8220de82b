import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  addMember,
  removeMember,
  renameMember,
  setDecides,
  setEscalatesTo,
  setMeets,
  setTierCount,
} from "~/lib/governance/governance-edit";
import { ESCALATION_TARGETS, type GovernanceData, GovernanceSchema, TIERS, governanceTool } from "~/lib/governance/governance-tool";

type Edit = (data: GovernanceData) => GovernanceData;

const tier = fc.constantFrom(...TIERS.map((t) => t.key));
const member = fc.constantFrom("m1", "m2", "m3");
const name = fc.constantFrom("Chair", "CHAIR", "ch\u200Bair", "Deputy", "", "x".repeat(121));
const words = fc.constantFrom("", "Quarterly", "x".repeat(201), "x".repeat(2001));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constantFrom(2 as const, 3 as const).map(
    (n): Edit =>
      (d) =>
        setTierCount(d, n),
  ),
  fc.tuple(tier, member, name).map(
    ([t, id, n]): Edit =>
      (d) =>
        addMember(d, t, { id, name: n, organizationId: "" }),
  ),
  fc.tuple(member, name).map(
    ([id, n]): Edit =>
      (d) =>
        renameMember(d, id, n),
  ),
  member.map(
    (id): Edit =>
      (d) =>
        removeMember(d, id),
  ),
  fc.tuple(tier, words).map(
    ([t, w]): Edit =>
      (d) =>
        setMeets(d, t, w),
  ),
  fc.tuple(tier, words).map(
    ([t, w]): Edit =>
      (d) =>
        setDecides(d, t, w),
  ),
  fc.tuple(tier, fc.constantFrom(...ESCALATION_TARGETS, "implementing" as never)).map(
    ([t, to]): Edit =>
      (d) =>
        setEscalatesTo(d, t, to),
  ),
);

describe("any sequence of edits", () => {
  it("keeps the tiers valid, and returns the same object exactly when nothing changed", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let data = governanceTool.empty();
        for (const apply of edits) {
          const next = apply(data);
          if (next === data) continue;
          expect(JSON.stringify(next)).not.toBe(JSON.stringify(data));
          expect(v.safeParse(GovernanceSchema, next).success).toBe(true);
          data = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
