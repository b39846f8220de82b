import { CONTRIBUTION_TYPES, FREQUENCIES, type ResourcesData, resourcesTool } from "~/lib/resources/resources-tool";
import { encodeRecord } from "~/lib/storage/decode";

/** The scale for the costing tool: 20 partners, 200 contributions and 100 budget lines. */
export const RESOURCES_SCALE = { partners: 20, contributions: 200, costs: 100 };

/** The largest costing data of the scale, shared by custom percentages that add up to 100 %. */
export function largestResourcesData(): ResourcesData {
  const partners = Array.from({ length: RESOURCES_SCALE.partners }, (_, i) => ({
    id: `partner-${i + 1}`,
    organizationId: null,
    name: `Partner organization ${i + 1} of the Riverside network`,
    weight: (i + 1) * 125_000_000,
    percent: 500,
  }));
  const costs = Array.from({ length: RESOURCES_SCALE.costs }, (_, i) => ({
    id: `cost-${i + 1}`,
    name: `Budget line ${i + 1}: equipment, space and staff time for the market`,
    amount: 10_000 + i * 1_237,
    frequency: FREQUENCIES[i % FREQUENCIES.length] ?? "one-off",
  }));
  const contributions = Array.from({ length: RESOURCES_SCALE.contributions }, (_, i) => {
    const type = CONTRIBUTION_TYPES[i % CONTRIBUTION_TYPES.length] ?? "cash";
    return {
      id: `contribution-${i + 1}`,
      partnerId: `partner-${(i % RESOURCES_SCALE.partners) + 1}`,
      type,
      description: `Contribution ${i + 1}, valued at fair market value for the first year`,
      quantity: type === "cash" ? 1000 : 12_500 + i * 250,
      unitValue: 2_500 + i * 113,
    };
  });
  return {
    currency: "USD",
    termMonths: 24,
    volunteerRate: 3349,
    method: "custom",
    weightBasis: "capacity",
    partners,
    costs,
    contributions,
  };
}

/** The stored record text (`pivotpath:resources`) of the largest data, valid for the tool's schema. */
export function largestResources(savedAt = Date.UTC(2026, 10, 15)): string {
  const encoded = encodeRecord(resourcesTool, largestResourcesData(), savedAt);
  if (!encoded.ok) throw new Error(`The largest costing data does not fit the schema: ${encoded.message}`);
  return encoded.text;
}
