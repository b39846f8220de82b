import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { followResponsible, responsibleChange } from "~/lib/kpis/kpi-partners";
import { responsibleBecomeOrganizations } from "~/lib/kpis/kpis-migrations";
import { type KpisData, kpisTool } from "~/lib/kpis/kpis-tool";
import { newOrganization } from "~/lib/organizations/organization-edit";
import type { OrganizationsData } from "~/lib/organizations/organizations-tool";
import { decodeStoredText } from "~/lib/storage/decode";

const FIXTURES = join(import.meta.dirname, "../../fixtures/kpis");
const v1Text = readFileSync(join(FIXTURES, "v1.json"), "utf8");
const v1 = (JSON.parse(v1Text) as { data: { kpis: Omit<KpisData["kpis"][number], "responsibleOrganizationId">[] } }).data;
const v2 = decodeStoredText(kpisTool, readFileSync(join(FIXTURES, "v2.json"), "utf8"));
const linked: KpisData = v2.ok ? v2.data : kpisTool.empty();

describe("kpis format 1 → 2: responsible partners may be step 2's organizations", () => {
  const decoded = decodeStoredText(kpisTool, v1Text);

  it("reads the old format as the new one, every KPI as it was, its responsible partner as written and not yet linked", () => {
    expect(decoded).toMatchObject({ ok: true, version: 2, migrated: true });
    if (decoded.ok) expect(decoded.data.kpis).toEqual(v1.kpis.map((k) => ({ ...k, responsibleOrganizationId: null })));
  });

  it("reads the current format's fixture with its links", () => {
    expect(v2).toMatchObject({ ok: true, version: 2, migrated: false });
    expect(linked.kpis[0]).toMatchObject({ responsible: "Eastside Food Bank", responsibleOrganizationId: "fixture-own" });
  });

  it("is idempotent, and a record with a KPI that is not an object is refused, not half read", () => {
    const once = responsibleBecomeOrganizations(v1);
    expect(responsibleBecomeOrganizations(once)).toEqual(once);
    const odd = JSON.stringify({ ...JSON.parse(v1Text), data: { kpis: [null] } });
    expect(decodeStoredText(kpisTool, odd)).toMatchObject({ ok: false, reason: "invalid" });
  });
});

describe("responsible partners that are step 2's organizations", () => {
  const list: OrganizationsData = {
    organizations: [newOrganization("fixture-own", "Eastside Food Bank"), newOrganization("fixture-grocer", "Greenleaf Grocers")],
  };

  it("a partner typed or picked is linked to the organization it names, kept as typed", () => {
    expect(responsibleChange("EASTSIDE food bank", list)).toEqual({
      responsible: "EASTSIDE food bank",
      responsibleOrganizationId: "fixture-own",
    });
    expect(responsibleChange("Volunteers", list)).toEqual({ responsible: "Volunteers", responsibleOrganizationId: null });
  });

  it("an unchanged list changes nothing; a rename on step 2 renames every KPI of that partner and no other", () => {
    expect(followResponsible(linked, list)).toBe(linked);
    const renamed = followResponsible(linked, {
      organizations: [newOrganization("fixture-own", "Eastside Pantry"), list.organizations[1]!],
    });
    const names = (data: KpisData) => data.kpis.map((k) => k.responsible);
    expect(names(renamed)).toEqual(names(linked).map((n) => (n === "Eastside Food Bank" ? "Eastside Pantry" : n)));
    expect(renamed.kpis[1]).toBe(linked.kpis[1]);
  });

  it("old KPIs are linked by name when step 2's list has them; an unreadable (empty) list leaves them", () => {
    const old = decodeStoredText(kpisTool, v1Text);
    const data = old.ok ? old.data : kpisTool.empty();
    expect(followResponsible(data, list).kpis.map((k) => k.responsibleOrganizationId)).toEqual(
      linked.kpis.map((k) => k.responsibleOrganizationId),
    );
    expect(followResponsible(data, { organizations: [] })).toBe(data);
  });
});
