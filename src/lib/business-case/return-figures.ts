import { numberFormat } from "../intl-cache";
import { divRound } from "../resources/money";
import type { BusinessCaseData } from "./business-case-tool";

/** A derived figure, or the reason in plain words why there is none; never NaN or Infinity. */
export type Figure<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The parts of the case the return figures read. */
export type ReturnInputs = Pick<BusinessCaseData, "totalCost" | "benefits" | "benefitYears">;

/** The KPI whose change the cost buys, as step 8's tool gives it. */
export interface OutcomeKpi {
  name: string;
  baseline: number;
  target: number;
  unit: string;
}

const NO_COST = "Not worked out yet: the case has no total cost.";
const ZERO_COST = "The total cost is zero, so there is nothing to divide by.";

/** Σ benefits: every line's yearly value times the years counted, in minor units, exactly. */
export function benefitTotal(inputs: ReturnInputs): bigint {
  const yearly = inputs.benefits.reduce((sum, b) => sum + BigInt(b.yearlyValue), 0n);
  return yearly * BigInt(inputs.benefitYears);
}

/** Net benefit = Σ benefits − total cost, in minor units; negative when the cost is larger. */
export function netBenefit(inputs: ReturnInputs): Figure<bigint> {
  if (inputs.totalCost === null) return { ok: false, reason: NO_COST };
  return { ok: true, value: benefitTotal(inputs) - BigInt(inputs.totalCost) };
}

/** Benefit–cost ratio = Σ benefits ÷ total cost, rounded half up to two decimals. */
export function benefitCostRatio(inputs: ReturnInputs): Figure<number> {
  if (inputs.totalCost === null) return { ok: false, reason: NO_COST };
  if (inputs.totalCost === 0) return { ok: false, reason: ZERO_COST };
  const hundredths = divRound(benefitTotal(inputs) * 100n, BigInt(inputs.totalCost));
  return { ok: true, value: Number(hundredths) / 100 };
}

/**
 * Cost per outcome = total cost ÷ (target − baseline) of the chosen KPI, in minor units per unit of the KPI, rounded to
 * the nearest minor unit. The change counts as a size, so a KPI meant to go down (baseline 30, target 20) gives the
 * cost of each unit it falls.
 */
export function costPerOutcome(totalCost: number | null, kpi: OutcomeKpi | null): Figure<number> {
  if (totalCost === null) return { ok: false, reason: NO_COST };
  if (totalCost === 0) return { ok: false, reason: ZERO_COST };
  if (kpi === null) return { ok: false, reason: "Not worked out yet: no KPI is chosen as the outcome the cost pays for." };
  const change = Math.abs(kpi.target - kpi.baseline);
  if (change === 0) return { ok: false, reason: `The target of "${kpi.name}" equals its baseline, so there is no change to divide by.` };
  const value = Math.round(totalCost / change);
  if (!Number.isFinite(change) || !Number.isFinite(value)) {
    return { ok: false, reason: `The baseline and target of "${kpi.name}" are too far apart or too close to divide by.` };
  }
  return { ok: true, value };
}

/** A ratio written with exactly two decimals in the reader's locale: "1.25", "1,25". */
export function formatRatio(ratio: number, locale?: string): string {
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, "ratio2").format(ratio);
}

const KPI_GONE = "Not worked out yet: the KPI it divides by is not in step 8's tracker.";

/** The case's cost per outcome: its total cost over the change of the KPI it names among step 8's `kpis`. */
export function caseCostPerOutcome(
  data: Pick<BusinessCaseData, "totalCost" | "outcomeKpiId">,
  kpis: readonly (OutcomeKpi & { id: string })[],
): Figure<number> {
  const kpi = kpis.find((k) => k.id === data.outcomeKpiId) ?? null;
  const figure = costPerOutcome(data.totalCost, kpi);
  const gone = kpi === null && data.outcomeKpiId !== "";
  return !figure.ok && gone && data.totalCost !== null && data.totalCost > 0 ? { ok: false, reason: KPI_GONE } : figure;
}

/** Every result of cost and return at once, as the results panel and the one-page summary show them. */
export interface CaseResults {
  benefitTotal: bigint;
  netBenefit: Figure<bigint>;
  benefitCostRatio: Figure<number>;
  costPerOutcome: Figure<number>;
}

export function caseResults(
  data: ReturnInputs & Pick<BusinessCaseData, "outcomeKpiId">,
  kpis: readonly (OutcomeKpi & { id: string })[],
): CaseResults {
  return {
    benefitTotal: benefitTotal(data),
    netBenefit: netBenefit(data),
    benefitCostRatio: benefitCostRatio(data),
    costPerOutcome: caseCostPerOutcome(data, kpis),
  };
}
