import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { offersAndNonNegotiablesAdded, partnershipNameAdded } from "~/lib/goals/goals-migrations";
import { type GoalsData, goalsTool } from "~/lib/goals/goals-tool";
import { decodeStoredText } from "~/lib/storage/decode";

const FIXTURES = join(import.meta.dirname, "../../fixtures/goals");
const v1Text = readFileSync(join(FIXTURES, "v1.json"), "utf8");
const v1 = (JSON.parse(v1Text) as { data: Omit<GoalsData, "partnershipName" | "offers" | "nonNegotiables"> }).data;
const v2Text = readFileSync(join(FIXTURES, "v2.json"), "utf8");
const v2 = (JSON.parse(v2Text) as { data: Omit<GoalsData, "offers" | "nonNegotiables"> }).data;
const NO_LISTS = { offers: "", nonNegotiables: "" };

describe("goals format 1 → 2: the worksheet gains the partnership's name", () => {
  const decoded = decodeStoredText(goalsTool, v1Text);

  it("reads the old format as the new one, saying it was migrated", () => {
    expect(decoded).toMatchObject({ ok: true, version: 3, migrated: true });
  });

  it("keeps the organization and every goal as they were, the partnership not named yet", () => {
    expect(decoded.ok && decoded.data).toEqual({ ...v1, partnershipName: "", ...NO_LISTS });
  });

  it("is idempotent, and keeps a name the data already has", () => {
    const once = partnershipNameAdded(v1);
    expect(partnershipNameAdded(once)).toEqual(once);
    const named = { ...v1, partnershipName: "Riverside Fresh Start" };
    expect(partnershipNameAdded(named)).toEqual(named);
  });

  it.each([
    ["not an object", "text"],
    ["null", null],
    ["a list", [1, 2]],
  ])("returns data of another shape (%s) as it is, for the schema to refuse", (_, value) => {
    expect(partnershipNameAdded(value)).toBe(value);
  });

  it("leaves a name that is not text for the schema to refuse, and the record is refused, not half read", () => {
    const odd = JSON.stringify({ ...JSON.parse(v1Text), data: { ...v1, partnershipName: 5 } });
    expect(decodeStoredText(goalsTool, odd)).toMatchObject({ ok: false, reason: "invalid" });
  });
});

describe("goals format 2 → 3: the worksheet gains what the organization can offer and its non-negotiables", () => {
  const decoded = decodeStoredText(goalsTool, v2Text);

  it("reads the old format as the new one, every goal and both names as they were, both lists empty", () => {
    expect(decoded).toMatchObject({ ok: true, version: 3, migrated: true });
    expect(decoded.ok && decoded.data).toEqual({ ...v2, ...NO_LISTS });
  });

  it("is idempotent, and keeps lists the data already has", () => {
    const once = offersAndNonNegotiablesAdded(v2);
    expect(offersAndNonNegotiablesAdded(once)).toEqual(once);
    const written = { ...v2, offers: "A truck", nonNegotiables: "Our name stays on it" };
    expect(offersAndNonNegotiablesAdded(written)).toEqual(written);
  });

  it.each([
    ["not an object", "text"],
    ["null", null],
    ["a list", [1, 2]],
  ])("returns data of another shape (%s) as it is, for the schema to refuse", (_, value) => {
    expect(offersAndNonNegotiablesAdded(value)).toBe(value);
  });

  it("refuses lists that are not text, or longer than the worksheet takes, rather than half read them", () => {
    const record = JSON.parse(v2Text) as { data: object };
    for (const data of [
      { ...v2, offers: ["A truck"] },
      { ...v2, nonNegotiables: "x".repeat(2001) },
    ]) {
      expect(decodeStoredText(goalsTool, JSON.stringify({ ...record, data }))).toMatchObject({ ok: false, reason: "invalid" });
    }
  });
});
