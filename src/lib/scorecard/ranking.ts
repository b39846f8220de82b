import type { ScorecardData } from "./scorecard-tool";

/** What the ranking reads: the criteria, scores and answers (not the due diligence). */
export type RankingData = Pick<ScorecardData, "criteria" | "scores" | "answers">;
import { answersOf, formatScore, gateCriteria, scoreHundredths, scoresOf, weightedCriteria, weightedScore } from "./weighted-score";

/** An organization as the scorecard needs it: its id in step 2's list and its name. */
export interface Candidate {
  id: string;
  name: string;
}

/** Where one candidate stands. */
export type Standing =
  /** Fully scored and meets every non-negotiable. `tied` when another ranked candidate shows the same score. */
  | { kind: "ranked"; candidate: Candidate; score: number; rank: number; tied: boolean }
  /** Meets every non-negotiable, but a weighted criterion has no score (`missing`: their names). No rank. */
  | { kind: "incomplete"; candidate: Candidate; missing: string[] }
  /**
   * Not shown to meet the non-negotiables named in `failed` (answered no, or not yet ticked as met), whatever its score
   * (null when not fully scored). A non-negotiable is a gate a candidate must be confirmed to pass.
   */
  | { kind: "excluded"; candidate: Candidate; score: number | null; failed: string[] };

function standingOf(data: RankingData, candidate: Candidate): Standing {
  const answers = answersOf(data, candidate.id);
  const scores = scoresOf(data, candidate.id);
  const score = weightedScore(data.criteria, scores);
  const gates = gateCriteria(data.criteria);
  const failed = gates.filter((c) => answers.get(c.id) !== true).map((c) => c.name);
  if (failed.length > 0) return { kind: "excluded", candidate, score, failed };
  const missing = weightedCriteria(data.criteria)
    .filter((c) => !scores.has(c.id))
    .map((c) => c.name);
  if (score === null || missing.length > 0) return { kind: "incomplete", candidate, missing };
  return { kind: "ranked", candidate, score, rank: 0, tied: false };
}

type Ranked = Extract<Standing, { kind: "ranked" }>;

/**
 * Gives ranked candidates their ranks, highest score first: equal scores to two decimals share a rank and the next
 * rank skips (1, 2, 2, 4); ties keep the order of the list.
 */
function rank(ranked: readonly Ranked[]): Ranked[] {
  const sorted = [...ranked].sort((a, b) => scoreHundredths(b.score) - scoreHundredths(a.score));
  const count = (s: Ranked) => sorted.filter((o) => scoreHundredths(o.score) === scoreHundredths(s.score)).length;
  return sorted.map((s) => ({
    ...s,
    rank: 1 + sorted.findIndex((o) => scoreHundredths(o.score) === scoreHundredths(s.score)),
    tied: count(s) > 1,
  }));
}

/** Every candidate's standing: the ranked first by rank, then those not fully scored, then the excluded, each in list order. */
export function standings(data: RankingData, candidates: readonly Candidate[]): Standing[] {
  const all = candidates.map((c) => standingOf(data, c));
  const ranked = all.filter((s): s is Ranked => s.kind === "ranked");
  return [...rank(ranked), ...all.filter((s) => s.kind === "incomplete"), ...all.filter((s) => s.kind === "excluded")];
}

const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(", ");

/** The rank as the table shows it: "2", or "2 (tied)"; "" without a rank. */
export function rankText(standing: Standing): string {
  if (standing.kind !== "ranked") return "";
  return standing.tied ? `${standing.rank} (tied)` : String(standing.rank);
}

/** The weighted score as the table shows it: "3.67", or "Not fully scored"; an excluded candidate's score when it has one. */
export function scoreText(standing: Standing, locale?: string): string {
  return standing.kind === "incomplete" || standing.score === null ? "Not fully scored" : formatScore(standing.score, locale);
}

/** Why a candidate has no rank, in words: "Excluded: does not meet “Keeps our name visible”"; "" for a ranked one. */
export function reasonText(standing: Standing): string {
  if (standing.kind === "excluded") return `Excluded: does not meet ${quoted(standing.failed)}`;
  if (standing.kind === "incomplete") {
    return standing.missing.length === 0
      ? "Not fully scored: add a criterion with a weight"
      : `Not fully scored: ${quoted(standing.missing)} missing`;
  }
  return "";
}
