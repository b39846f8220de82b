import * as v from "valibot";
import { CURRENCY_CODES } from "../resources/currencies";
import { MAX_MINOR } from "../resources/resources-tool";
import { list, requiredText, rowId, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";
import { businessCaseProblems } from "./case-check";

/** How many rows each list holds; the read functions say so when a list is full (caseLimits). */
export const MAX_OPTIONS = 10;
export const MAX_SWOT_ITEMS = 20;
export const MAX_BENEFITS = 50;
export const MAX_BENCHMARKS = 20;
export const MAX_LINKS = 100;
/** Longest span of years the yearly benefits may be counted over. */
export const MAX_BENEFIT_YEARS = 10;

/** The four SWOT lists, in the order the grid shows them. */
export const SWOT_LISTS = ["strengths", "weaknesses", "opportunities", "threats"] as const;
export type SwotList = (typeof SWOT_LISTS)[number];

/** Where the total cost came from: typed by the reader, or taken from step 7's costing. */
export const COST_SOURCES = ["entered", "costing"] as const;
export type CostSource = (typeof COST_SOURCES)[number];

/** An amount in the case currency's minor units (cents for USD). */
const minorUnits = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_MINOR));

/** One line of text: no line breaks. */
const oneLine = (max: number) => v.pipe(requiredText(max), v.regex(/^[^\r\n]*$/, "must be one line"));

export const OptionSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** The option in a few words, e.g. "Joint weekly market". */
  name: oneLine(200),
  /** True for the do-nothing (business as usual) option every appraisal keeps as its baseline; exactly one has it. */
  baseline: v.boolean(),
  /** What the option costs over the term, in minor units; null when not estimated. */
  cost: v.nullable(minorUnits),
  /** What the option would achieve. */
  benefits: text(1000),
  /** What could go wrong with it. */
  risks: text(1000),
  /** The reader's short judgement of the option. */
  verdict: text(300),
});

export const SwotItemSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** The point, on one line. */
  text: oneLine(200),
});

export const BenchmarkSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** The comparable program, e.g. "Eastside Fresh Market, 2024". */
  program: oneLine(200),
  /** The figure compared, e.g. "$14 per household served". */
  figure: text(200),
  /** Where the figure comes from: a report, a page or a person. */
  source: text(300),
});

export const BenefitSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** What the benefit is, e.g. "Food costs saved by households". */
  name: oneLine(200),
  /** Its estimated value for one year, in minor units. */
  yearlyValue: minorUnits,
  /** How the value was estimated, shown beside it: social benefits in money are estimates. */
  basis: text(500),
});

/** Every field of the case, each valid on its own. */
export const BusinessCaseFields = v.object({
  /** ISO 4217 code of every amount in the case. */
  currency: v.picklist(CURRENCY_CODES),
  /** The problem or opportunity the partnership answers. */
  problem: text(2000),
  /** What the partnership is for, in a few sentences. */
  purpose: text(2000),
  /** Who benefits, in the reader's words. */
  audiences: text(1000),
  /** Ids of step 1's goals this case serves. */
  objectiveGoalIds: list(rowId, MAX_LINKS),
  /** Objectives beyond step 1's goals, free text. */
  objectivesNote: text(2000),
  /** Ids of organizations from the partnership's list who are key players. */
  keyPlayerIds: list(rowId, MAX_LINKS),
  /** Key players beyond that list, free text. */
  keyPlayersNote: text(2000),
  /** Comparable programs, each with a figure and its source. */
  benchmarks: list(BenchmarkSchema, MAX_BENCHMARKS),
  /** The decision asked of each partner's leadership. */
  decision: text(1000),
  /** The options appraised, "Do nothing" among them. */
  options: list(OptionSchema, MAX_OPTIONS),
  /** Id of the option the case recommends; "" while none is chosen. */
  chosenOptionId: v.union([v.literal(""), rowId]),
  /** Strengths, weaknesses, opportunities and threats, each list in the reader's order. */
  swot: v.object({
    strengths: list(SwotItemSchema, MAX_SWOT_ITEMS),
    weaknesses: list(SwotItemSchema, MAX_SWOT_ITEMS),
    opportunities: list(SwotItemSchema, MAX_SWOT_ITEMS),
    threats: list(SwotItemSchema, MAX_SWOT_ITEMS),
  }),
  /** Total cost of the chosen course in minor units; null while not given. */
  totalCost: v.nullable(minorUnits),
  /** Whether the total cost was typed or taken from step 7's costing. */
  costSource: v.picklist(COST_SOURCES),
  /** Benefit lines, each with its yearly value and basis. */
  benefits: list(BenefitSchema, MAX_BENEFITS),
  /** Id of step 8's KPI whose change the cost per outcome divides by; "" while none is chosen. */
  outcomeKpiId: v.union([v.literal(""), rowId]),
  /** How many years of the yearly benefits are set against the total cost (1 unless the reader says otherwise). */
  benefitYears: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_BENEFIT_YEARS)),
});

/** The stored case: every field valid, and the whole holding together (see businessCaseProblems). */
export const BusinessCaseSchema = v.pipe(
  BusinessCaseFields,
  v.check(
    (data) => businessCaseProblems(data).length === 0,
    (issue) => businessCaseProblems(issue.input)[0] ?? "The business case does not hold together.",
  ),
);

export type Option = v.InferOutput<typeof OptionSchema>;
export type SwotItem = v.InferOutput<typeof SwotItemSchema>;
export type Benchmark = v.InferOutput<typeof BenchmarkSchema>;
export type Benefit = v.InferOutput<typeof BenefitSchema>;
export type BusinessCaseData = v.InferOutput<typeof BusinessCaseFields>;

/** The id of the do-nothing option a fresh case starts with. */
export const DO_NOTHING_ID = "do-nothing";

export function emptyBusinessCase(): BusinessCaseData {
  return {
    currency: "USD",
    problem: "",
    purpose: "",
    audiences: "",
    objectiveGoalIds: [],
    objectivesNote: "",
    keyPlayerIds: [],
    keyPlayersNote: "",
    benchmarks: [],
    decision: "",
    options: [{ id: DO_NOTHING_ID, name: "Do nothing", baseline: true, cost: null, benefits: "", risks: "", verdict: "" }],
    chosenOptionId: "",
    swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] },
    totalCost: null,
    costSource: "entered",
    benefits: [],
    outcomeKpiId: "",
    benefitYears: 1,
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Whether the reader has entered anything beyond the fresh case. */
export function hasBusinessCase(data: BusinessCaseData): boolean {
  const texts = [data.problem, data.purpose, data.audiences, data.objectivesNote, data.keyPlayersNote, data.decision];
  const lists = [data.objectiveGoalIds, data.keyPlayerIds, data.benchmarks, data.benefits, ...Object.values(data.swot)];
  const optionsTouched =
    data.options.length > 1 || data.options.some((o) => o.cost !== null || `${o.benefits}${o.risks}${o.verdict}` !== "");
  return (
    texts.some((t) => t.trim() !== "") ||
    lists.some((l) => l.length > 0) ||
    optionsTouched ||
    data.totalCost !== null ||
    data.outcomeKpiId !== ""
  );
}

/**
 * Step 3's tool: the case, options appraisal, SWOT, and cost and return. Its edits (case-edit, options, swot,
 * cost-and-benefits, case-money) are pure, address rows by id, return the same object when nothing changes, and never
 * store a value this schema would refuse; the read functions of case-input say why in plain words.
 */
export const businessCaseTool: ToolDefinition<BusinessCaseData> = {
  id: "business-case",
  title: "Business case",
  step: 3,
  version: 1,
  schema: BusinessCaseSchema,
  migrations: [],
  empty: emptyBusinessCase,
  summarize: (data) => {
    if (!hasBusinessCase(data)) return "";
    const swot = Object.values(data.swot).reduce((n, items) => n + items.length, 0);
    return [
      count(data.options.length, "option", "options"),
      count(swot, "SWOT point", "SWOT points"),
      count(data.benefits.length, "benefit", "benefits"),
    ].join(", ");
  },
};
