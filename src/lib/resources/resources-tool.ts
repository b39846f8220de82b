import * as v from "valibot";
import { list, maxLengthOf, requiredText, rowId, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";
import { CURRENCY_CODES } from "./currencies";
import { RESOURCES_MIGRATIONS } from "./resources-migrations";

/** How often a budget item is paid over the partnership term. */
export const FREQUENCIES = ["one-off", "monthly", "yearly"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Kinds of contribution; all but cash are in kind. */
export const CONTRIBUTION_TYPES = ["cash", "staff", "volunteer", "space", "equipment", "data", "other"] as const;
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];

export const METHODS = ["equal", "proportional", "custom"] as const;
export type Method = (typeof METHODS)[number];

/** What proportional weights stand for: the partner's capacity to pay or the benefit it expects. */
export const WEIGHT_BASES = ["capacity", "benefit"] as const;
export type WeightBasis = (typeof WEIGHT_BASES)[number];

/** Quantities and weights are held in thousandths, percentages in hundredths of a percent. */
export const QUANTITY_SCALE = 3;
export const WEIGHT_SCALE = 3;
export const PERCENT_SCALE = 2;
/** Largest quantity (one billion) and weight (one trillion), in their scaled units. */
export const MAX_QUANTITY = 1_000_000_000_000;
export const MAX_WEIGHT = 1_000_000_000_000_000;
/** Largest amount in minor units for any currency (a trillion units with up to three decimals); fields enforce the per-currency cap. */
export const MAX_MINOR = 1_000_000_000_000_000;
export const MAX_TERM_MONTHS = 120;
export const MAX_PARTNERS = 20;
export const MAX_COSTS = 500;
export const MAX_CONTRIBUTIONS = 1000;

const minorUnits = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MINOR));

const PartnerSchema = v.object({
  /** Stable row id; contributions point at it. */
  id: rowId,
  /**
   * The id of the organization on step 2's list this partner is, or null while it is not on the list (saved before the
   * list existed, or the list was full or unreadable); the costing tool links it by name as soon as it can.
   */
  organizationId: v.nullable(rowId),
  /** The organization's name, unique within the tool; kept in step with step 2's list while the partner is linked to it. */
  name: requiredText(120),
  /** Proportional weight in thousandths (capacity such as an annual budget, or expected benefit); null when not given. */
  weight: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_WEIGHT))),
  /** Custom share in hundredths of a percent (3333 = 33.33 %); null when not given. */
  percent: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000))),
});

const CostSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** What the money pays for. */
  name: requiredText(200),
  /** Amount per occurrence, in the currency's minor units. */
  amount: minorUnits,
  /** One-off, or paid every month or every year of the term. */
  frequency: v.picklist(FREQUENCIES),
});

const ContributionSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** The contributing partner's id. */
  partnerId: rowId,
  type: v.picklist(CONTRIBUTION_TYPES),
  /** What is given, e.g. "Coordinator, 20 hours a week". */
  description: text(200),
  /** How many units (hours, months, items) in thousandths; 1000 for cash. */
  quantity: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_QUANTITY)),
  /** Value of one unit in minor units: the hourly rate, the rental or fair market value, or the cash amount. */
  unitValue: minorUnits,
});

export const ResourcesSchema = v.object({
  /** ISO 4217 code of the currency every amount is in. */
  currency: v.picklist(CURRENCY_CODES),
  /** Length of the partnership in months; recurring costs count over it. */
  termMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TERM_MONTHS)),
  /** Value of one volunteer hour in minor units, offered for volunteer time. */
  volunteerRate: minorUnits,
  /** How costs are shared among partners; null until the reader chooses (the partners' decision, never a default). */
  method: v.nullable(v.picklist(METHODS)),
  /** What proportional weights measure. */
  weightBasis: v.picklist(WEIGHT_BASES),
  partners: list(PartnerSchema, MAX_PARTNERS),
  costs: list(CostSchema, MAX_COSTS),
  contributions: list(ContributionSchema, MAX_CONTRIBUTIONS),
});

/** The longest text each field takes, read by the forms from the schema. */
export const RESOURCE_LIMITS = {
  partnerName: maxLengthOf(PartnerSchema.entries.name) ?? 120,
  costName: maxLengthOf(CostSchema.entries.name) ?? 200,
  description: maxLengthOf(ContributionSchema.entries.description) ?? 200,
};

export type Partner = v.InferOutput<typeof PartnerSchema>;
export type Cost = v.InferOutput<typeof CostSchema>;
export type Contribution = v.InferOutput<typeof ContributionSchema>;
export type ResourcesData = v.InferOutput<typeof ResourcesSchema>;

/** Independent Sector's national value of a volunteer hour for 2023 data (published April 2024), in US cents. */
export const VOLUNTEER_RATE_CENTS = 3349;

export function emptyResources(): ResourcesData {
  return {
    currency: "USD",
    termMonths: 12,
    volunteerRate: VOLUNTEER_RATE_CENTS,
    method: null,
    weightBasis: "capacity",
    partners: [],
    costs: [],
    contributions: [],
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Step 7's tool: partners, budget, contributions and how costs are shared. */
export const resourcesTool: ToolDefinition<ResourcesData> = {
  id: "resources",
  title: "Resource costing",
  step: 7,
  version: 3,
  schema: ResourcesSchema,
  migrations: RESOURCES_MIGRATIONS,
  empty: emptyResources,
  summarize: ({ partners, costs, contributions }) =>
    partners.length + costs.length + contributions.length === 0
      ? ""
      : [
          count(partners.length, "partner", "partners"),
          count(costs.length, "cost", "costs"),
          count(contributions.length, "contribution", "contributions"),
        ].join(", "),
};

/** Whether the reader has entered anything. */
export function hasResources(data: ResourcesData): boolean {
  return data.partners.length + data.costs.length + data.contributions.length > 0;
}
