import { divRound } from "./money";
import type { Cost, Frequency } from "./resources-tool";

/** How many times an item is paid over a term, as a fraction `times / per`: yearly items are prorated by months. */
export function occurrences(frequency: Frequency, termMonths: number): { times: bigint; per: bigint } {
  if (frequency === "monthly") return { times: BigInt(termMonths), per: 1n };
  if (frequency === "yearly") return { times: BigInt(termMonths), per: 12n };
  return { times: 1n, per: 1n };
}

/**
 * The cost of an item over the whole term in minor units. One-off: the amount once. Monthly: amount × months.
 * Yearly: amount × months ÷ 12, so an 18-month term counts one and a half years, rounded half away from zero to the minor unit.
 */
export function costOverTerm(cost: Pick<Cost, "amount" | "frequency">, termMonths: number): bigint {
  const { times, per } = occurrences(cost.frequency, termMonths);
  return divRound(BigInt(cost.amount) * times, per);
}

/** The budget's total over the term, in minor units. */
export function budgetTotal(costs: readonly Cost[], termMonths: number): bigint {
  return costs.reduce((sum, cost) => sum + costOverTerm(cost, termMonths), 0n);
}
