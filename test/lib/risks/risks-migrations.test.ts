import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ownersBecomeOrganizations } from "~/lib/risks/risks-migrations";
import { type RisksData, risksTool } from "~/lib/risks/risks-tool";
import { decodeStoredText } from "~/lib/storage/decode";

const FIXTURES = join(import.meta.dirname, "../../fixtures/risks");
const v1Text = readFileSync(join(FIXTURES, "v1.json"), "utf8");
const v1 = (
  JSON.parse(v1Text) as { data: { limits: RisksData["limits"]; risks: Omit<RisksData["risks"][number], "ownerOrganizationId">[] } }
).data;

describe("risks format 1 → 2: owners may be step 2's organizations", () => {
  const decoded = decodeStoredText(risksTool, v1Text);
  const data = decoded.ok ? decoded.data : risksTool.empty();

  it("reads the old format as the new one, saying it was migrated", () => {
    expect(decoded).toMatchObject({ ok: true, version: 2, migrated: true });
  });

  it("keeps every risk as it was, its owner as written and not yet linked", () => {
    expect(data.risks).toEqual(v1.risks.map((r) => ({ ...r, ownerOrganizationId: null })));
    expect(data.limits).toEqual(v1.limits);
    expect(data.risks.map((r) => r.owner)).toContain("Greenleaf Grocers");
  });

  it("reads the current format's fixture with its links", () => {
    const v2 = decodeStoredText(risksTool, readFileSync(join(FIXTURES, "v2.json"), "utf8"));
    expect(v2).toMatchObject({ ok: true, version: 2, migrated: false });
    if (v2.ok) expect(v2.data.risks[0]).toMatchObject({ owner: "Greenleaf Grocers", ownerOrganizationId: "fixture-grocer" });
  });

  it("is idempotent, and the record with a risk that is not an object is refused, not half read", () => {
    const once = ownersBecomeOrganizations(v1);
    expect(ownersBecomeOrganizations(once)).toEqual(once);
    const odd = JSON.stringify({ ...JSON.parse(v1Text), data: { ...v1, risks: [null] } });
    expect(decodeStoredText(risksTool, odd)).toMatchObject({ ok: false, reason: "invalid" });
  });
});
