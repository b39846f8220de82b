import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { storedPartnerNames } from "~/lib/partners";
import { decodeStoredText, encodeRecord } from "~/lib/storage/decode";
import { resourcesExample } from "~/lib/resources/resources-example";
import { ResourcesSchema, emptyResources, resourcesTool } from "~/lib/resources/resources-tool";
import { TOOLS } from "~/lib/tools";
import { FakeStorage } from "../../support/fake-storage";

describe("resourcesTool", () => {
  it("is registered under the id the other tools read partners from", () => {
    expect(TOOLS).toContain(resourcesTool);
    expect(resourcesTool.id).toBe("resources");
  });

  it("round-trips the example through storage, and other tools see its partner names", () => {
    const encoded = encodeRecord(resourcesTool, resourcesExample(), 1000);
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(decodeStoredText(resourcesTool, encoded.text)).toMatchObject({ ok: true, data: resourcesExample() });
    const storage = new FakeStorage();
    storage.setItem("pivotpath:resources", encoded.text);
    expect(storedPartnerNames(storage)).toEqual(["Eastside Food Bank", "Harbor City Parks Department", "Greenleaf Grocers"]);
  });

  it.each([
    [
      "a fractional amount",
      (d: ReturnType<typeof emptyResources>) => ({ ...d, costs: [{ id: "c", name: "x", amount: 1.5, frequency: "monthly" }] }),
    ],
    [
      "a negative unit value",
      (d: ReturnType<typeof emptyResources>) => ({
        ...d,
        contributions: [{ id: "c", partnerId: "p", type: "cash", description: "", quantity: 1000, unitValue: -1 }],
      }),
    ],
    ["an unknown currency", (d: ReturnType<typeof emptyResources>) => ({ ...d, currency: "XYZ" })],
    ["a term of zero months", (d: ReturnType<typeof emptyResources>) => ({ ...d, termMonths: 0 })],
    [
      "a percentage above 100",
      (d: ReturnType<typeof emptyResources>) => ({ ...d, partners: [{ id: "p", name: "A", weight: null, percent: 10001 }] }),
    ],
    [
      "a blank partner name",
      (d: ReturnType<typeof emptyResources>) => ({ ...d, partners: [{ id: "p", name: "  ", weight: null, percent: null }] }),
    ],
  ])("refuses %s", (_, change) => {
    expect(v.safeParse(ResourcesSchema, change(emptyResources())).success).toBe(false);
  });

  it("summarizes what is saved", () => {
    expect(resourcesTool.summarize(emptyResources())).toBe("");
    expect(resourcesTool.summarize(resourcesExample())).toBe("3 partners, 13 costs, 13 contributions");
  });
});
