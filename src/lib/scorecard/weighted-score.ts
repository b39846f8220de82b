import { numberFormat } from "../intl-cache";
import type { Criterion, ScorecardData } from "./scorecard-tool";

/**
 * Weighted score = Σ(weight × score) ÷ Σ weight over the weighted (not non-negotiable) criteria, on the 1–5 scale.
 * Non-negotiables are gates, not weights (the must/want split of Kepner–Tregoe decision analysis).
 */

/** The criteria that count in the weighted score, in table order. */
export function weightedCriteria(criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter((c) => !c.nonNegotiable);
}

/** The non-negotiable criteria, in table order. */
export function gateCriteria(criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter((c) => c.nonNegotiable);
}

/** One organization's scores by criterion id. */
export function scoresOf(data: Pick<ScorecardData, "scores">, organizationId: string): Map<string, number> {
  return new Map(data.scores.filter((s) => s.organizationId === organizationId).map((s) => [s.criterionId, s.score]));
}

/** One organization's non-negotiable answers by criterion id. */
export function answersOf(data: Pick<ScorecardData, "answers">, organizationId: string): Map<string, boolean> {
  return new Map(data.answers.filter((a) => a.organizationId === organizationId).map((a) => [a.criterionId, a.met]));
}

/**
 * The weighted score of one organization, or null when a weighted criterion has no score (or there is none).
 * Mathematically it lies between the lowest and highest score given; the result is held there so that
 * floating-point rounding of decimal weights cannot push it a hair outside.
 */
export function weightedScore(criteria: readonly Criterion[], scores: ReadonlyMap<string, number>): number | null {
  const counted = weightedCriteria(criteria);
  if (counted.length === 0) return null;
  let sum = 0;
  let weights = 0;
  const given: number[] = [];
  for (const criterion of counted) {
    const score = scores.get(criterion.id);
    if (score === undefined) return null;
    sum += criterion.weight * score;
    weights += criterion.weight;
    given.push(score);
  }
  return Math.min(Math.max(sum / weights, Math.min(...given)), Math.max(...given));
}

/**
 * The score in hundredths, the precision readers see, halves rounded up; ranks compare these so equal figures share a
 * rank. Rounded to 12 significant digits first: 189/40 is 4.725, but 4.725 × 100 in floating point is 472.4999…, which
 * would round down.
 */
export function scoreHundredths(score: number): number {
  return Math.round(Number((score * 100).toPrecision(12)));
}

/** A weighted score for display: two decimals, e.g. "3.67" (or "3,67" in a locale with a decimal comma). */
export function formatScore(score: number, locale?: string): string {
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(scoreHundredths(score) / 100);
}

/** The formula as the page states it beside the table. */
export const FORMULA = "Weighted score = Σ(weight × score) ÷ Σ weight";
