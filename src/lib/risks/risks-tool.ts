import * as v from "valibot";
import { list, maxLengthOf, optionalDate, requiredText, rowId, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";
import { RISKS_MIGRATIONS } from "./risks-migrations";
import { DEFAULT_LIMITS, limitsProblem } from "./scoring";

export const CATEGORIES = [
  { key: "strategic", label: "Strategic" },
  { key: "financial", label: "Financial" },
  { key: "operational", label: "Operational" },
  { key: "reputational", label: "Reputational" },
  { key: "legal", label: "Legal and compliance" },
  { key: "data", label: "Data and privacy" },
  { key: "relationship", label: "Partnership relationship / conflict between partners" },
  { key: "community", label: "Community and stakeholder" },
] as const;

/** The four Ts of the UK Charity Commission's guidance. */
export const RESPONSES = [
  { key: "treat", label: "Treat (reduce it)" },
  { key: "transfer", label: "Transfer (share or insure it)" },
  { key: "tolerate", label: "Tolerate (accept it)" },
  { key: "terminate", label: "Terminate (stop the activity)" },
] as const;

/** The governance tiers of step 4, from the group that does the work up. */
export const ESCALATIONS = [
  { key: "implementing", label: "Implementing group" },
  { key: "project", label: "Project group" },
  { key: "strategic", label: "Strategic group" },
] as const;

export const STATUSES = [
  { key: "open", label: "Open" },
  { key: "mitigating", label: "Being mitigated" },
  { key: "closed", label: "Closed" },
] as const;

type Keys<T extends readonly { key: string }[]> = T[number]["key"];
export type Category = Keys<typeof CATEGORIES>;
export type Response = Keys<typeof RESPONSES>;
export type Escalation = Keys<typeof ESCALATIONS>;
export type Status = Keys<typeof STATUSES>;

const keysOf = <T extends readonly { key: string }[]>(options: T) => options.map((o) => o.key) as Keys<T>[];

/** The label of `key` among `options`, or the key itself if it is not one of them. */
export function labelOf(options: readonly { key: string; label: string }[], key: string): string {
  return options.find((o) => o.key === key)?.label ?? key;
}

/** A level on the 5-point likelihood or impact scale: a whole number 1–5, never clamped. */
const level = v.pipe(v.number(), v.integer("must be a whole number"), v.minValue(1, "must be 1 to 5"), v.maxValue(5, "must be 1 to 5"));

/** An upper band limit: a whole number 1–24. */
const limit = v.pipe(v.number(), v.integer("must be a whole number"), v.minValue(1, "must be 1 to 24"), v.maxValue(24, "must be 1 to 24"));

const RiskSchema = v.object({
  /** Stable row id. */
  id: rowId,
  /** The risk in a few words. */
  title: requiredText(300),
  /** What could happen, why, and what it would cause. */
  description: text(2000),
  category: v.picklist(keysOf(CATEGORIES)),
  /** Inherent likelihood, before mitigation: 1 Rare … 5 Almost certain. */
  likelihood: level,
  /** Inherent impact, before mitigation: 1 Insignificant … 5 Severe. */
  impact: level,
  /** The partner organization that answers for the risk, as last shown (a copy kept when step 2's list is not). */
  owner: text(120),
  /** The organization on step 2's list the owner is (a rename there renames it here); null when it is none of them. */
  ownerOrganizationId: v.nullable(rowId),
  response: v.picklist(keysOf(RESPONSES)),
  /** The actions that reduce, share or avoid the risk. */
  mitigation: text(2000),
  /** Likelihood once the mitigation works. May exceed the inherent level; the tool flags it. */
  residualLikelihood: level,
  /** Impact once the mitigation works. May exceed the inherent level; the tool flags it. */
  residualImpact: level,
  /** The governance tier that deals with the risk. */
  escalation: v.picklist(keysOf(ESCALATIONS)),
  status: v.picklist(keysOf(STATUSES)),
  /** Date of the next review, or "". */
  review: optionalDate,
});

/** Upper limits of the Low, Moderate and High bands; Extreme is everything above `high`. */
const LimitsSchema = v.pipe(
  v.object({ low: limit, moderate: limit, high: limit }),
  v.check((limits) => limitsProblem(limits) === null, "band limits must rise: low < moderate < high < 25"),
);

/** The most risks a register holds; far above any partnership's, low enough to keep saves fast. */
export const MAX_RISKS = 1000;

export const RisksSchema = v.object({
  /** The reader's band limits (defaults: the NHS/NPSA convention). */
  limits: LimitsSchema,
  /** The register in entry order; a risk's number is its place here, from 1. */
  risks: list(RiskSchema, MAX_RISKS),
});

export type Risk = v.InferOutput<typeof RiskSchema>;

/** The longest text each field takes, read by the forms from the schema. */
export const RISK_LIMITS = {
  title: maxLengthOf(RiskSchema.entries.title) ?? 300,
  description: maxLengthOf(RiskSchema.entries.description) ?? 2000,
  owner: maxLengthOf(RiskSchema.entries.owner) ?? 120,
  mitigation: maxLengthOf(RiskSchema.entries.mitigation) ?? 2000,
};
export type RisksData = v.InferOutput<typeof RisksSchema>;

/** Step 5's risk register with its 5 × 5 matrix. */
export const risksTool: ToolDefinition<RisksData> = {
  id: "risks",
  title: "Risk register",
  step: 5,
  version: 2,
  schema: RisksSchema,
  migrations: RISKS_MIGRATIONS,
  empty: () => ({ limits: { ...DEFAULT_LIMITS }, risks: [] }),
  summarize: ({ risks }) => (risks.length === 0 ? "" : `${risks.length} ${risks.length === 1 ? "risk" : "risks"}`),
};
