import { type RadarData, radarData } from "./health-chart";
import { currentAnswers } from "./health-merge";
import { type Answer, type HealthData, type Round, STATEMENTS, type StatementKey, partnerKey, roundsByDate } from "./health-tool";

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
export function allPartners(data: { readonly partners: readonly string[]; readonly answers: readonly Answer[] }): string[] {
  const seen = new Map<string, string>();
  for (const name of [...data.partners, ...data.answers.map((a) => a.partner)]) {
    if (!seen.has(partnerKey(name))) seen.set(partnerKey(name), name);
  }
  return [...seen.values()];
}

/**
 * One partner's scores in a round, by statement, as the answer form shows them: for each statement the first
 * answer held (setAnswer keeps one per question). Statements without an answer are absent.
 */
export function scoresOf(answers: readonly Answer[], round: string, partner: string): Partial<Record<StatementKey, number>> {
  const key = partnerKey(partner);
  const scores: Partial<Record<StatementKey, number>> = {};
  for (const a of answers) {
    if (a.round === round && scores[a.statement] === undefined && partnerKey(a.partner) === key) scores[a.statement] = a.score;
  }
  return scores;
}

/** The current answer to each question of one round (see currentAnswers). */
function currentOfRound(answers: readonly Answer[], roundId: string): Answer[] {
  return [...currentAnswers(answers.filter((a) => a.round === roundId)).values()];
}

/** Every partner's current scores in a round. */
export function roundScores(data: HealthData, roundId: string): PartnerScores[] {
  return scoresOfPartners(allPartners(data), currentOfRound(data.answers, roundId));
}

/** A row per partner with the scores of `answers` (one round's current answers). */
function scoresOfPartners(partners: readonly string[], answers: readonly Answer[]): PartnerScores[] {
  const rows = new Map(partners.map((partner) => [partnerKey(partner), { partner, scores: {} } as PartnerScores]));
  for (const answer of answers) {
    const row = rows.get(partnerKey(answer.partner));
    if (row) row.scores[answer.statement] = answer.score;
  }
  return [...rows.values()];
}

/** Everything the results of one round show. */
export interface RoundFigures {
  rows: PartnerScores[];
  stats: StatementStat[];
  perPartner: PartnerAverage[];
  /** Mean of all answers; null when the round has none. */
  overall: number | null;
  widest: StatementStat[];
  radar: RadarData;
}

/**
 * The figures of one round, computed once per change of the data. `current` and `partners` are the round's current
 * answers and what `allPartners` makes of the data; a caller that already holds them (the answers grouped by
 * `currentByRound`) passes them in, so the answers are not sorted out a second time.
 */
export function roundFigures(
  data: HealthData,
  roundId: string,
  current: readonly Answer[] = currentOfRound(data.answers, roundId),
  partners: readonly string[] = allPartners(data),
): RoundFigures {
  const rows = scoresOfPartners(partners, current);
  const stats = statementStats(rows);
  return {
    rows,
    stats,
    perPartner: partnerAverages(rows),
    overall: overallAverage(rows),
    widest: differMost(stats),
    radar: radarData(rows),
  };
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

export interface PartnerAverage {
  partner: string;
  average: number | null;
  count: number;
}

/** Each partner's mean score over the statements it answered. */
export function partnerAverages(rows: readonly PartnerScores[]): PartnerAverage[] {
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

/** The current answer to each question (see currentAnswers), grouped by round id. */
export function currentByRound(answers: readonly Answer[]): Map<string, Answer[]> {
  const byRound = new Map<string, Answer[]>();
  for (const answer of currentAnswers(answers).values()) {
    const list = byRound.get(answer.round);
    if (list) list.push(answer);
    else byRound.set(answer.round, [answer]);
  }
  return byRound;
}

/**
 * Average per statement in every round, rounds in date order: the check repeated over time. `byRound` and `partners`
 * are what `currentByRound` and `allPartners` make of the data; a caller that keeps them while the answers stay the same
 * passes them in, so a new round or partner does not sort every answer again.
 */
export function trend(data: HealthData, byRound = currentByRound(data.answers), partners = allPartners(data)): Trend {
  const rounds = roundsByDate(data.rounds);
  const perRound = rounds.map((round) => scoresOfPartners(partners, byRound.get(round.id) ?? []));
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
