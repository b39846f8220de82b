import { mergeAnswers } from "./health-merge";
import { type Answer, type HealthData, type StatementKey, partnerKey } from "./health-tool";

/** Sets (or with null, removes) one partner's answer to one statement in a round, stamped `at`. */
export function setAnswer(
  data: HealthData,
  round: string,
  partner: string,
  statement: StatementKey,
  score: number | null,
  at: number,
): HealthData {
  const same = (a: Answer) => a.round === round && partnerKey(a.partner) === partnerKey(partner) && a.statement === statement;
  const others = data.answers.filter((a) => !same(a));
  return { ...data, answers: score === null ? others : [...others, { round, partner, statement, score, answeredAt: at }] };
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

/** Deletes a round with its answers. */
export function deleteRound(data: HealthData, roundId: string): HealthData {
  return { ...data, rounds: data.rounds.filter((r) => r.id !== roundId), answers: data.answers.filter((a) => a.round !== roundId) };
}

/** Removes a partner with their answers. */
export function removePartner(data: HealthData, partner: string): HealthData {
  const key = partnerKey(partner);
  return {
    ...data,
    partners: data.partners.filter((p) => partnerKey(p) !== key),
    answers: data.answers.filter((a) => partnerKey(a.partner) !== key),
  };
}

/**
 * Undoes deleteRound or removePartner: puts back, from `before`, the round or the partner and the answers
 * that went with it, on top of whatever changed since (`now`), without duplicating an answer.
 */
export function restore(before: HealthData, now: HealthData, what: { round: string } | { partner: string }): HealthData {
  const lost = before.answers.filter((a) =>
    "round" in what ? a.round === what.round : partnerKey(a.partner) === partnerKey(what.partner),
  );
  const answers = mergeAnswers(now.answers, lost).answers;
  if ("round" in what) {
    const round = before.rounds.find((r) => r.id === what.round);
    const rounds = round && !now.rounds.some((r) => r.id === round.id) ? [...now.rounds, round] : now.rounds;
    return { ...now, rounds, answers };
  }
  const known = now.partners.some((p) => partnerKey(p) === partnerKey(what.partner));
  return { ...now, partners: known ? now.partners : [...now.partners, what.partner], answers };
}
