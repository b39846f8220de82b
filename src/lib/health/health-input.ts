import { dayNumber } from "../dates";
import { nameKey, tidyName } from "../names";
import { HEALTH_LIMITS, MAX_PARTNERS, MAX_ROUNDS, type Round } from "./health-tool";

/** Why a round date is refused, or null. */
function roundDateProblem(iso: string): string | null {
  if (iso.trim() === "") return "Enter the round date.";
  if (dayNumber(iso) === null) return "Enter the round date as a calendar date (yyyy-mm-dd).";
  if (iso < "1990-01-01" || iso > "2100-12-31") return "Enter a round date between 1990 and 2100.";
  return null;
}

/** Why a new round is refused, per field; an empty object when it can be added. */
export function roundProblems(label: string, date: string, rounds: readonly Round[]): { label?: string; date?: string } {
  const name = tidyName(label);
  const problems: { label?: string; date?: string } = {};
  if (name === "") problems.label = "Name the round, for example “Month 3”.";
  else if (name.length > HEALTH_LIMITS.roundLabel) problems.label = `Keep the name to ${HEALTH_LIMITS.roundLabel} characters or fewer.`;
  else if (rounds.some((r) => nameKey(r.label) === nameKey(name))) problems.label = `There is already a round called “${name}”.`;
  else if (rounds.length >= MAX_ROUNDS) problems.label = `The check keeps at most ${MAX_ROUNDS} rounds.`;
  const when = roundDateProblem(date);
  if (when) problems.date = when;
  return problems;
}

/** Why a new partner is refused, or null when it can be added. */
export function partnerProblem(name: string, partners: readonly string[]): string | null {
  const tidy = tidyName(name);
  if (tidy === "") return "Write the partner's name.";
  if (tidy.length > HEALTH_LIMITS.partner) return `Keep the name to ${HEALTH_LIMITS.partner} characters or fewer.`;
  if (partners.some((p) => nameKey(p) === nameKey(tidy))) return `${tidy} is already listed.`;
  if (partners.length >= MAX_PARTNERS) return `The check keeps at most ${MAX_PARTNERS} partners.`;
  return null;
}
