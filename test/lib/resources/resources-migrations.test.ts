import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { computeCostSharing } from "~/lib/resources/cost-sharing";
import { methodMayBeUnchosen, partnersBecomeOrganizations } from "~/lib/resources/resources-migrations";
import { type ResourcesData, resourcesTool } from "~/lib/resources/resources-tool";
import { decodeStoredText } from "~/lib/storage/decode";

const FIXTURES = join(import.meta.dirname, "../../fixtures/resources");
const v1Text = readFileSync(join(FIXTURES, "v1.json"), "utf8");
const v1 = (
  JSON.parse(v1Text) as {
    data: Omit<ResourcesData, "partners"> & { partners: Omit<ResourcesData["partners"][number], "organizationId">[] };
  }
).data;

describe("resources format 1 → 2: the costing tool's partners become step 2's organizations", () => {
  const decoded = decodeStoredText(resourcesTool, v1Text);
  const data = decoded.ok ? decoded.data : resourcesTool.empty();

  it("reads the old format as the new one, saying it was migrated", () => {
    expect(decoded).toMatchObject({ ok: true, version: 3, migrated: true });
  });

  it("keeps every partner's id, name, weight and share, not yet linked to step 2's list", () => {
    expect(data.partners).toEqual(v1.partners.map((p) => ({ ...p, organizationId: null })));
  });

  it("keeps every cost, contribution and setting, so every figure is the same", () => {
    const { partners: _old, ...rest } = v1;
    const { partners: _new, ...after } = data;
    expect(after).toEqual(rest);
    const old = computeCostSharing({ ...v1, partners: v1.partners.map((p) => ({ ...p, organizationId: null })) });
    expect(computeCostSharing(data)).toEqual(old);
    expect(computeCostSharing(data).totalContributed > 0n).toBe(true);
  });

  it("is idempotent, and keeps a link a partner already has", () => {
    const once = partnersBecomeOrganizations(v1);
    expect(partnersBecomeOrganizations(once)).toEqual(once);
    const linked = { partners: [{ id: "p", organizationId: "o", name: "A", weight: null, percent: null }] };
    expect(partnersBecomeOrganizations(linked)).toEqual(linked);
  });

  it.each([
    ["not an object", "text"],
    ["null", null],
    ["no partners list", { currency: "USD" }],
    ["partners not a list", { partners: "A" }],
  ])("returns data of another shape (%s) as it is, for the schema to refuse", (_, value) => {
    expect(partnersBecomeOrganizations(value)).toBe(value);
  });

  it("leaves odd partner entries for the schema to refuse, and the record is refused, not half read", () => {
    expect(partnersBecomeOrganizations({ partners: [null, 5] })).toEqual({ partners: [null, 5] });
    const odd = JSON.stringify({ ...JSON.parse(v1Text), data: { ...v1, partners: [null] } });
    expect(decodeStoredText(resourcesTool, odd)).toMatchObject({ ok: false, reason: "invalid" });
  });
});

describe("resources format 2 → 3: the sharing method may be not chosen yet", () => {
  const v2Text = readFileSync(join(FIXTURES, "v2.json"), "utf8");
  const v2 = (JSON.parse(v2Text) as { data: ResourcesData }).data;

  it("reads format 2 as it was, its method kept (whether the reader chose it cannot be told)", () => {
    const decoded = decodeStoredText(resourcesTool, v2Text);
    expect(decoded).toMatchObject({ ok: true, version: 3, migrated: true });
    expect(decoded.ok && decoded.data).toEqual(v2);
    expect(methodMayBeUnchosen(v2)).toBe(v2);
  });

  it("reads a costing with no method chosen, and shares nothing until one is", () => {
    const decoded = decodeStoredText(resourcesTool, readFileSync(join(FIXTURES, "v3.json"), "utf8"));
    expect(decoded.ok && decoded.data.method).toBeNull();
    const result = computeCostSharing(decoded.ok ? decoded.data : resourcesTool.empty());
    expect([result.chosen, result.standings]).toEqual([{ ok: false, problem: { kind: "no-method" } }, null]);
    expect(resourcesTool.empty().method).toBeNull();
  });

  it("refuses a method that is not one of the three", () => {
    const record = JSON.parse(v2Text) as { version: number; data: object };
    const odd = JSON.stringify({ ...record, version: 3, data: { ...record.data, method: "half" } });
    expect(decodeStoredText(resourcesTool, odd)).toMatchObject({ ok: false, reason: "invalid" });
  });
});
