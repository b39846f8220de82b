import * as v from "valibot";
import { budgetTotal } from "../resources/budget";
import { currencyDigits, formatMoney, maxMinor } from "../resources/money";
import type { ResourcesData } from "../resources/resources-tool";
import { acceptedBy, appendRow, removeRow, updateRow } from "../row-list/row-list";
import {
  type Benefit,
  BenefitSchema,
  BusinessCaseFields,
  type BusinessCaseData,
  MAX_BENEFITS,
  MAX_BENEFIT_YEARS,
} from "./business-case-tool";
import type { Figure } from "./return-figures";

const valid = acceptedBy(BenefitSchema);

/** The reader types the total cost (null when the field is emptied), recorded as entered; an amount out of range changes nothing. */
export function enterTotalCost(data: BusinessCaseData, totalCost: number | null): BusinessCaseData {
  if ((totalCost === data.totalCost && data.costSource === "entered") || !v.is(BusinessCaseFields.entries.totalCost, totalCost))
    return data;
  return { ...data, totalCost, costSource: "entered" };
}

/** What the business case reads of step 7's costing: its budget lines, term and currency. */
export type Costing = Pick<ResourcesData, "currency" | "costs" | "termMonths">;

/**
 * Step 7's budget total in minor units, or why it cannot be taken. A case in another currency takes the costing's
 * currency with it while it holds no other amounts; after that the two must agree.
 */
export function costingTotal(data: BusinessCaseData, costing: Costing): Figure<number> {
  if (costing.costs.length === 0) return { ok: false, reason: "Step 7's costing has no budget lines yet." };
  const otherAmounts = data.benefits.length > 0 || data.options.some((o) => o.cost !== null);
  if (costing.currency !== data.currency && otherAmounts) {
    return {
      ok: false,
      reason: `Step 7's costing is in ${costing.currency} and this business case in ${data.currency}: use one currency for both.`,
    };
  }
  const total = budgetTotal(costing.costs, costing.termMonths);
  if (total > maxMinor(currencyDigits(costing.currency))) {
    return { ok: false, reason: "Step 7's budget total is more than a trillion, the most a business case takes." };
  }
  return { ok: true, value: Number(total) };
}

/** The reader takes the total cost from step 7's costing with one click; nothing changes when it cannot be taken. */
export function takeCostFromCosting(data: BusinessCaseData, costing: Costing): BusinessCaseData {
  const total = costingTotal(data, costing);
  if (!total.ok) return data;
  if (total.value === data.totalCost && data.costSource === "costing" && costing.currency === data.currency) return data;
  return { ...data, currency: costing.currency, totalCost: total.value, costSource: "costing" };
}

/** Whether the cost was taken from step 7's costing and that costing's total has changed since. */
export function costingChanged(data: BusinessCaseData, costing: Costing): boolean {
  const total = costingTotal(data, costing);
  return data.costSource === "costing" && total.ok && total.value !== data.totalCost;
}

/**
 * What the case should say beside its total cost when step 7's budget total is another figure: that the costing's
 * total changed since it was taken, or what it is while the case holds a typed total (or none); for a taken total, why
 * step 7 gives none now (no budget lines, another currency). Null while the two agree, and for a typed total while step
 * 7 gives none.
 */
export function costingDifference(data: BusinessCaseData, costing: Costing): string | null {
  const total = costingTotal(data, costing);
  const taken = data.costSource === "costing" && data.totalCost !== null;
  // The reason, a sentence of its own, becomes a clause after the figure: "…; step 7's costing has no budget lines yet".
  if (!total.ok) return taken ? `${total.reason.charAt(0).toLowerCase()}${total.reason.slice(1).replace(/\.$/, "")}` : null;
  if (total.value === data.totalCost && costing.currency === data.currency) return null;
  const amount = formatMoney(BigInt(total.value), costing.currency);
  return taken ? `step 7's budget total has changed to ${amount} since it was taken` : `step 7's budget total is ${amount}`;
}

/** The reader picks the step 8 KPI whose change the cost per outcome divides by ("" for none). */
export function chooseOutcomeKpi(data: BusinessCaseData, kpiId: string): BusinessCaseData {
  if (kpiId === data.outcomeKpiId || !v.is(BusinessCaseFields.entries.outcomeKpiId, kpiId)) return data;
  return { ...data, outcomeKpiId: kpiId };
}

function withBenefits(data: BusinessCaseData, benefits: Benefit[]): BusinessCaseData {
  return benefits === data.benefits ? data : { ...data, benefits };
}

/** The reader adds a benefit line; nothing changes when there are MAX_BENEFITS, the id is taken or the row is invalid. */
export function addBenefit(data: BusinessCaseData, benefit: Benefit): BusinessCaseData {
  return withBenefits(data, appendRow(data.benefits, benefit, MAX_BENEFITS, valid));
}

export function editBenefit(data: BusinessCaseData, id: string, patch: Partial<Omit<Benefit, "id">>): BusinessCaseData {
  return withBenefits(data, updateRow(data.benefits, id, patch, valid));
}

export function removeBenefit(data: BusinessCaseData, id: string): BusinessCaseData {
  return withBenefits(data, removeRow(data.benefits, id));
}

/** The reader sets how many years of benefits count against the cost (1–MAX_BENEFIT_YEARS); other values change nothing. */
export function setBenefitYears(data: BusinessCaseData, years: number): BusinessCaseData {
  if (years === data.benefitYears || !Number.isInteger(years) || years < 1 || years > MAX_BENEFIT_YEARS) return data;
  return { ...data, benefitYears: years };
}
