import { type ReadonlySignal, computed } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { type BusinessCaseData, businessCaseTool, hasBusinessCase } from "~/lib/business-case/business-case-tool";
import type { CaseLinks } from "~/lib/business-case/case-links";
import { costingChanged, costingTotal } from "~/lib/business-case/cost-and-benefits";
import { caseResults } from "~/lib/business-case/return-figures";
import { goalsTool } from "~/lib/goals/goals-tool";
import { kpisTool } from "~/lib/kpis/kpis-tool";
import { resourcesTool } from "~/lib/resources/resources-tool";
import { risksTool } from "~/lib/risks/risks-tool";
import { formatMoney } from "~/lib/resources/money";
import { computedById, computedIds } from "../shared/select";
import { organizations } from "../shared/organizations";
import { toolState } from "../shared/tool-state";

/** Step 3's business case. */
export const businessCase = toolState(businessCaseTool);
/** Whether the case holds anything the reader wrote (the toolbar asks before the example replaces it). */
export const hasCase = computed(() => hasBusinessCase(businessCase.data.value));

const fields = new Map<keyof BusinessCaseData, ReadonlySignal<unknown>>();
/** One field of the case as a signal: what reads it re-renders when that field changes, not on every edit of the case. */
export function caseValue<K extends keyof BusinessCaseData>(key: K): ReadonlySignal<BusinessCaseData[K]> {
  let field = fields.get(key);
  if (!field) {
    field = computed(() => businessCase.data.value[key]);
    fields.set(key, field);
  }
  return field as ReadonlySignal<BusinessCaseData[K]>;
}
/**
 * Step 1's goals, step 5's risks, step 8's KPIs and step 7's costing, read (never written) for the objectives, the
 * top residual risks, the outcome KPI and the one-click total cost; step 2's organizations come from shared/organizations.
 */
export const goals = toolState(goalsTool);
export const risks = toolState(risksTool);
export const kpis = toolState(kpisTool);
export const costing = toolState(resourcesTool);

/** What the case reads from steps 1, 2, 5 and 8, following them. */
export const caseLinks = computed<CaseLinks>(() => ({
  goals: goals.data.value.goals,
  organizations: organizations.data.value.organizations,
  kpis: kpis.data.value.kpis,
  risks: risks.data.value,
  costing: costing.data.value,
}));

export const caseCurrency = computed(() => businessCase.data.value.currency);
export const optionIds = computedIds(() => businessCase.data.value.options);
export const optionById = computedById(() => businessCase.data.value.options);
export const benefitIds = computedIds(() => businessCase.data.value.benefits);
export const benefitById = computedById(() => businessCase.data.value.benefits);

/** Net benefit, benefit–cost ratio and cost per outcome, following the case and step 8's KPIs. */
export const results = computed(() => caseResults(businessCase.data.value, kpis.data.value.kpis));

/** Step 7's total as the case would take it, and whether it moved since it was taken. */
export const costingOffer = computed(() => costingTotal(businessCase.data.value, costing.data.value));
export const costingMoved = computed(() => costingChanged(businessCase.data.value, costing.data.value));

/** The choices of the "Outcome KPI" select: none, then step 8's KPIs in order. */
export const kpiOptions = computed(() => [
  { value: "", label: "None chosen" },
  ...kpis.data.value.kpis.map((k) => ({ value: k.id, label: k.name })),
]);

/** An amount in the case's currency, as the results show it. */
export const money = (minor: number | bigint) => formatMoney(BigInt(minor), caseCurrency.value);

/** Reads steps 1, 2, 5, 7 and 8 once the island has mounted, and follows them from then on. */
export function useLinkedTools(): void {
  useEffect(() => {
    goals.connect();
    organizations.connect();
    risks.connect();
    kpis.connect();
    costing.connect();
  }, []);
}
