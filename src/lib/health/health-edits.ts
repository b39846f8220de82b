import { type Answer, type HealthData, type Round, type StatementKey, partnerKey } from "./health-tool";

/** Adds a round (its id given by the caller). */
export function addRound(data: HealthData, round: Round): HealthData {
  return data.rounds.some((r) => r.id === round.id) ? data : { ...data, rounds: [...data.rounds, round] };
}

/** Adds a partner; the data is returned as it was when a partner of that name is already listed. */
export function addPartner(data: HealthData, name: string): HealthData {
  const key = partnerKey(name);
  return data.partners.some((p) => partnerKey(p) === key) ? data : { ...data, partners: [...data.partners, name] };
}

/**
 * Sets (or with null, removes) one partner's answer to one statement in a round, stamped `at`. The data is returned
 * as it was when the answer already holds that score.
 */
export function setAnswer(
  data: HealthData,
  round: string,
  partner: string,
  statement: StatementKey,
  score: number | null,
  at: number,
): HealthData {
  const key = partnerKey(partner);
  const same = (a: Answer) => a.round === round && a.statement === statement && partnerKey(a.partner) === key;
  const held = data.answers.filter(same);
  if (score === null ? held.length === 0 : held.length === 1 && held[0]?.score === score) return data;
  const others = data.answers.filter((a) => !same(a));
  return { ...data, answers: score === null ? others : [...others, { round, partner, statement, score, answeredAt: at }] };
}

/** Deletes a round with its answers. */
export function deleteRound(data: HealthData, roundId: string): HealthData {
  if (!data.rounds.some((r) => r.id === roundId)) return data;
  return { ...data, rounds: data.rounds.filter((r) => r.id !== roundId), answers: data.answers.filter((a) => a.round !== roundId) };
}

/** Removes a partner with their answers. */
export function removePartner(data: HealthData, partner: string): HealthData {
  const key = partnerKey(partner);
  if (!data.partners.some((p) => partnerKey(p) === key) && !data.answers.some((a) => partnerKey(a.partner) === key)) return data;
  return {
    ...data,
    partners: data.partners.filter((p) => partnerKey(p) !== key),
    answers: data.answers.filter((a) => partnerKey(a.partner) !== key),
  };
}
