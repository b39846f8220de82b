import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  addOrganization,
  markOwnOrganization,
  newOrganization,
  removeOrganization,
  renameOrganization,
  restoreOrganization,
  setOrganizationBrings,
  syncOwnOrganization,
} from "~/lib/organizations/organization-edit";
import { type OrganizationsData, OrganizationsSchema, organizationsTool } from "~/lib/organizations/organizations-tool";

type Edit = (data: OrganizationsData) => OrganizationsData;

const id = fc.constantFrom("a", "b", "c", "d", "e");
const name = fc.constantFrom(
  "Greenleaf",
  "GREENLEAF",
  " green\u200Bleaf ",
  "Parks",
  "parks ",
  "",
  " ",
  "x".repeat(121),
  "Ｐａｒｋｓ",
  "Schools",
);
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constant("x".repeat(1001)));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(id, name, fc.boolean()).map(
    ([i, n, own]): Edit =>
      (d) =>
        addOrganization(d, newOrganization(i, n, { own })),
  ),
  fc.tuple(id, name).map(
    ([i, n]): Edit =>
      (d) =>
        renameOrganization(d, i, n),
  ),
  id.map(
    (i): Edit =>
      (d) =>
        removeOrganization(d, i),
  ),
  fc.option(id, { nil: null }).map(
    (i): Edit =>
      (d) =>
        markOwnOrganization(d, i),
  ),
  fc.tuple(id, text).map(
    ([i, t]): Edit =>
      (d) =>
        setOrganizationBrings(d, i, t),
  ),
  fc.tuple(name, id).map(
    ([n, i]): Edit =>
      (d) =>
        syncOwnOrganization(d, n, i),
  ),
  fc.tuple(id, name, fc.nat(6)).map(
    ([i, n, at]): Edit =>
      (d) =>
        restoreOrganization(d, newOrganization(i, n), at),
  ),
);

describe("any sequence of edits", () => {
  it("keeps the list valid, and returns the same object exactly when nothing changed", () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        let data = organizationsTool.empty();
        for (const apply of edits) {
          const next = apply(data);
          if (next === data) continue;
          expect(JSON.stringify(next)).not.toBe(JSON.stringify(data));
          expect(v.safeParse(OrganizationsSchema, next).success).toBe(true);
          data = next;
        }
      }),
      { numRuns: 300 },
    );
  });
});
