import { type Answer, MAX_PAIRS, MAX_SCORE, MIN_SCORE, type Score, type ScorecardData } from "./scorecard-tool";

/**
 * Edits of the scores and answers, addressed by organization and criterion id; the same object back when nothing
 * changes. A new entry past MAX_PAIRS is refused: only entries of organizations that left the list without
 * forgetOrganization can fill it.
 */

const about = (organizationId: string, criterionId: string) => (e: Score | Answer) =>
  e.organizationId === organizationId && e.criterionId === criterionId;

/** Scores an organization on a criterion (a whole number 1–5), or with null clears the score. Anything else is refused. */
export function setScore(data: ScorecardData, organizationId: string, criterionId: string, score: number | null): ScorecardData {
  if (score !== null && !(Number.isInteger(score) && score >= MIN_SCORE && score <= MAX_SCORE)) return data;
  if (!data.criteria.some((c) => c.id === criterionId)) return data;
  const current = data.scores.find(about(organizationId, criterionId));
  if ((current?.score ?? null) === score || (!current && data.scores.length >= MAX_PAIRS)) return data;
  const others = data.scores.filter((s) => s !== current);
  return { ...data, scores: score === null ? others : [...others, { organizationId, criterionId, score }] };
}

/** Answers whether an organization meets a criterion (a non-negotiable), or with null clears the answer. */
export function setMet(data: ScorecardData, organizationId: string, criterionId: string, met: boolean | null): ScorecardData {
  if (!data.criteria.some((c) => c.id === criterionId)) return data;
  const current = data.answers.find(about(organizationId, criterionId));
  if ((current?.met ?? null) === met || (!current && data.answers.length >= MAX_PAIRS)) return data;
  const others = data.answers.filter((a) => a !== current);
  return { ...data, answers: met === null ? others : [...others, { organizationId, criterionId, met }] };
}

/** Drops everything the scorecard holds about an organization (when it leaves step 2's list). */
export function forgetOrganization(data: ScorecardData, organizationId: string): ScorecardData {
  const keep = <T extends { organizationId: string }>(entries: readonly T[]) => entries.filter((e) => e.organizationId !== organizationId);
  const next = { ...data, scores: keep(data.scores), answers: keep(data.answers), diligence: keep(data.diligence) };
  const same = next.scores.length === data.scores.length && next.answers.length === data.answers.length;
  return same && next.diligence.length === data.diligence.length ? data : next;
}

/** Where the scorecard uses an organization, in words for the question asked before deleting it; null when it does not. */
export function scorecardUses(data: ScorecardData, organizationId: string): string | null {
  const scored =
    data.scores.some((s) => s.organizationId === organizationId) || data.answers.some((a) => a.organizationId === organizationId);
  const checked = data.diligence.some((d) => d.organizationId === organizationId);
  if (scored && checked) return "its scores and due diligence in the partner scorecard";
  if (scored) return "its scores in the partner scorecard";
  return checked ? "its due diligence in the partner scorecard" : null;
}
