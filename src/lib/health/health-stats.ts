import { currentAnswers } from "./health-merge";
import { type HealthData, type Round, STATEMENTS, type StatementKey, partnerKey, roundsByDate } from "./health-tool";

/** One partner's scores in one round, by statement. */
export interface PartnerScores {
  partner: string;
  scores: Partial<Record<StatementKey, number>>;
}

export interface StatementStat {
  key: StatementKey;
  label: string;
  /** Mean of the partners' scores; null when nobody answered. */
  average: number | null;
  /** Highest minus lowest score; null with fewer than two answers. */
  spread: number | null;
  count: number;
  /** Each answering partner's score, in partner order. */
  scores: { partner: string; score: number }[];
}

const mean = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** The listed partners, then anyone who answered without being listed, each once. */
export function allPartners(data: HealthData): string[] {
  const seen = new Map<string, string>();
  for (const name of [...data.partners, ...data.answers.map((a) => a.partner)]) {
    if (!seen.has(partnerKey(name))) seen.set(partnerKey(name), name);
  }
  return [...seen.values()];
}

/** Every partner's current scores in a round. */
export function roundScores(data: HealthData, roundId: string): PartnerScores[] {
  const rows = new Map(allPartners(data).map((partner) => [partnerKey(partner), { partner, scores: {} } as PartnerScores]));
  for (const answer of currentAnswers(data.answers).values()) {
    if (answer.round !== roundId) continue;
    const row = rows.get(partnerKey(answer.partner));
    if (row) row.scores[answer.statement] = answer.score;
  }
  return [...rows.values()];
}

/** Average, spread and scores per statement in a round. */
export function statementStats(rows: readonly PartnerScores[]): StatementStat[] {
  return STATEMENTS.map(({ key, label }) => {
    const scores = rows.flatMap(({ partner, scores: byStatement }) => {
      const score = byStatement[key];
      return score === undefined ? [] : [{ partner, score }];
    });
    const values = scores.map((s) => s.score);
    const spread = values.length < 2 ? null : Math.max(...values) - Math.min(...values);
    return { key, label, average: mean(values), spread, count: values.length, scores };
  });
}

/** Each partner's mean score over the statements it answered. */
export function partnerAverages(rows: readonly PartnerScores[]): { partner: string; average: number | null; count: number }[] {
  return rows.map(({ partner, scores }) => {
    const values = Object.values(scores).filter((s): s is number => typeof s === "number");
    return { partner, average: mean(values), count: values.length };
  });
}

/** Statements where partners differ by at least `minSpread` points, widest first, at most `limit`. */
export function differMost(stats: readonly StatementStat[], minSpread = 2, limit = 3): StatementStat[] {
  return stats
    .filter((s) => s.spread !== null && s.spread >= minSpread)
    .sort((a, b) => (b.spread ?? 0) - (a.spread ?? 0))
    .slice(0, limit);
}

/** Mean of all answers in a round; null when there are none. */
export function overallAverage(rows: readonly PartnerScores[]): number | null {
  return mean(rows.flatMap(({ scores }) => Object.values(scores).filter((s): s is number => typeof s === "number")));
}

export interface Trend {
  rounds: Round[];
  rows: { key: StatementKey; label: string; averages: (number | null)[] }[];
  overall: (number | null)[];
}

/** Average per statement in every round, rounds in date order: the check repeated over time. */
export function trend(data: HealthData): Trend {
  const rounds = roundsByDate(data.rounds);
  const perRound = rounds.map((round) => roundScores(data, round.id));
  const stats = perRound.map((rows) => statementStats(rows));
  return {
    rounds,
    rows: STATEMENTS.map(({ key, label }, i) => ({ key, label, averages: stats.map((s) => s[i]?.average ?? null) })),
    overall: perRound.map((rows) => overallAverage(rows)),
  };
}

/** A score or average for display with one decimal, e.g. 3.67 → "3.7"; "–" for none. */
export function formatScore(value: number | null): string {
  return value === null ? "–" : (Math.round(value * 10) / 10).toFixed(1);
}

/** Last round's average minus the first's, one decimal, e.g. "+0.3", "−1.0"; "–" when either is missing. */
export function formatChange(values: readonly (number | null)[]): string {
  const first = values[0] ?? null;
  const last = values[values.length - 1] ?? null;
  if (values.length < 2 || first === null || last === null) return "–";
  const d = Math.round((last - first) * 10) / 10;
  return d > 0 ? `+${d.toFixed(1)}` : d < 0 ? `−${Math.abs(d).toFixed(1)}` : "0.0";
}
