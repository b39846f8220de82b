import * as v from "valibot";
import { namesAreUnique } from "../organizations/names";
import { list, requiredText, rowId, text } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";

/** The governance tiers of step 4, from the top; the keys are the risk register's escalation levels. */
export const TIERS = [
  { key: "strategic", label: "Strategic group", hint: "senior leaders who commit their organizations; decide and settle disputes" },
  { key: "project", label: "Project group", hint: "a project manager from each partner; runs the plan" },
  { key: "implementing", label: "Implementing group", hint: "the people who deliver the work and report on it" },
] as const;
export type TierKey = (typeof TIERS)[number]["key"];

/** Where a tier takes what it cannot settle: a tier above it, or each partner's own leadership (the top tier's usual answer). */
export const ESCALATION_TARGETS = ["", "strategic", "project", "partners"] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export const MAX_MEMBERS = 30;
export const MEMBER_MAX = 120;
export const MEETS_MAX = 200;
export const DECIDES_MAX = 2000;

const MemberSchema = v.object({
  /** Stable row id, unique across the tiers. */
  id: rowId,
  /** A person or a role, e.g. "Eastside's executive director (chair)". Unique within the tier. */
  name: requiredText(MEMBER_MAX),
  /** Their organization's id in step 2's list, or "" when not said. */
  organizationId: v.union([v.literal(""), rowId]),
});

const TierSchema = v.object({
  members: v.pipe(
    list(MemberSchema, MAX_MEMBERS),
    v.check((items) => namesAreUnique(items), "member names must be unique in a tier"),
  ),
  /** How often it meets, e.g. "Quarterly". */
  meets: text(MEETS_MAX),
  /** The decisions it keeps for itself. */
  decides: text(DECIDES_MAX),
  /** Where it escalates what it cannot settle: a higher tier, "partners" (each partner's own leadership), or "" when not said. */
  escalatesTo: v.picklist(ESCALATION_TARGETS),
});

export const GovernanceSchema = v.pipe(
  v.object({
    /** 3 tiers, or 2 for a small partnership (the project group then does the work; the implementing tier is kept but unused). */
    tierCount: v.union([v.literal(2), v.literal(3)]),
    strategic: TierSchema,
    project: TierSchema,
    implementing: TierSchema,
  }),
  v.check(
    (data) => TIERS.every(({ key }) => escalationAllowed(key, data[key].escalatesTo)),
    "a tier escalates only to a tier above it or to the partners",
  ),
);

export type Member = v.InferOutput<typeof MemberSchema>;
export type Tier = v.InferOutput<typeof TierSchema>;
export type GovernanceData = v.InferOutput<typeof GovernanceSchema>;

/** Whether `tier` may escalate to `target`: nowhere said, the partners, or a tier above it. */
export function escalationAllowed(tier: TierKey, target: EscalationTarget): boolean {
  if (target === "" || target === "partners") return true;
  const rank = (key: TierKey) => TIERS.findIndex((t) => t.key === key);
  return rank(target) < rank(tier);
}

/** A tier's name, "Strategic group"; "each partner's own leadership" for "partners"; "" for not said. */
export function escalationLabel(target: EscalationTarget | TierKey): string {
  if (target === "partners") return "each partner's own leadership";
  return TIERS.find((t) => t.key === target)?.label ?? "";
}

/** The tiers in use, from the top. */
export function tiersInUse(data: GovernanceData): TierKey[] {
  return tierKeys(data.tierCount);
}

/** The first `count` tiers, top down. */
export function tierKeys(count: 2 | 3): TierKey[] {
  return TIERS.slice(0, count).map((t) => t.key);
}

const blankTier = (escalatesTo: EscalationTarget): Tier => ({ members: [], meets: "", decides: "", escalatesTo });

export function emptyGovernance(): GovernanceData {
  return { tierCount: 3, strategic: blankTier("partners"), project: blankTier("strategic"), implementing: blankTier("project") };
}

/** Step 4's governance tiers: who sits in each, how often it meets, what it decides and where it escalates. */
export const governanceTool: ToolDefinition<GovernanceData> = {
  id: "governance",
  title: "Governance tiers",
  step: 4,
  version: 1,
  schema: GovernanceSchema,
  migrations: [],
  empty: emptyGovernance,
  summarize: (data) => {
    const members = tiersInUse(data).reduce((n, key) => n + data[key].members.length, 0);
    return members === 0 ? "" : `${data.tierCount} tiers, ${members} ${members === 1 ? "member" : "members"}`;
  },
};
