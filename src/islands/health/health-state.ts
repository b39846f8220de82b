import { computed, signal } from "@preact/signals";
import { allPartners, currentByRound, roundFigures, scoresOf, trend } from "~/lib/health/health-stats";
import { healthTool, roundsByDate } from "~/lib/health/health-tool";
import { computedList } from "../shared/select";
import { toolState } from "../shared/tool-state";

/** The health check's saved state, and what its parts read of it; each re-renders on its own part only. */
export const health = toolState(healthTool);

/** Whether the check holds anything (a round, a partner or an answer). */
export const hasAnswers = computed(() => healthTool.summarize(health.data.value) !== "");

/** Rounds in date order; keeps its identity while answers change. */
export const rounds = computedList(() => roundsByDate(health.data.value.rounds));
export const partners = computedList(() => health.data.value.partners);

/** The round and the partner the reader picked to answer for; until they pick, the latest round and the first partner. */
export const roundChoice = signal("");
export const partnerChoice = signal("");

export const currentRound = computed(() => {
  const list = rounds.value;
  return list.find((r) => r.id === roundChoice.value) ?? list[list.length - 1] ?? null;
});
export const currentPartner = computed(() => {
  const list = partners.value;
  return list.find((p) => p === partnerChoice.value) ?? list[0] ?? null;
});

/** The current partner's scores in the current round, by statement. */
export const currentScores = computed(() => {
  const round = currentRound.value;
  const partner = currentPartner.value;
  return round && partner !== null ? scoresOf(health.data.value.answers, round.id, partner) : {};
});

/** The saved answers; keeps its identity while a round or a partner is added, renamed or removed. */
const answers = computed(() => health.data.value.answers);
/** Each round's current answers, sorted out again only when the answers change. */
export const answersByRound = computed(() => currentByRound(answers.value));
const everyPartner = computed(() => allPartners({ partners: partners.value, answers: answers.value }));

/** The results of the current round; null without a round. */
export const results = computed(() => {
  const round = currentRound.value;
  if (!round) return null;
  return { round, figures: roundFigures(health.data.value, round.id, answersByRound.value.get(round.id) ?? [], everyPartner.value) };
});

/** Average per statement in every round. */
export const healthTrend = computed(() => trend(health.data.value, answersByRound.value, everyPartner.value));
