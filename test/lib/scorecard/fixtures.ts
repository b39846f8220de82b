import type { Criterion, ScorecardData } from "~/lib/scorecard/scorecard-tool";

/** A criterion with weight 1 unless told. */
export const criterion = (id: string, fields: Partial<Criterion> = {}): Criterion => ({
  id,
  name: id,
  weight: 1,
  nonNegotiable: false,
  ...fields,
});

/**
 * Scorecard data from a compact table: `scores[org]` lists one score per criterion in order (null: not scored),
 * `answers[org][criterionId]` a non-negotiable answer.
 */
export function scorecard(
  criteria: Criterion[],
  scores: Record<string, (number | null)[]>,
  answers: Record<string, Record<string, boolean>> = {},
): ScorecardData {
  return {
    criteria,
    scores: Object.entries(scores).flatMap(([organizationId, row]) =>
      row.flatMap((score, i) => (score === null ? [] : [{ organizationId, criterionId: criteria[i]?.id ?? `c${i}`, score }])),
    ),
    answers: Object.entries(answers).flatMap(([organizationId, row]) =>
      Object.entries(row).map(([criterionId, met]) => ({ organizationId, criterionId, met })),
    ),
    checks: [],
    diligence: [],
  };
}
