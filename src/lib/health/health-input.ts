import { dateProblem } from "../kpis/kpi-input";
import { MAX_PARTNERS, MAX_ROUNDS, type Round, partnerKey, roundNameKey } from "./health-tool";

/** Why a new round is refused, per field; an empty object when it can be added. */
export function roundProblems(label: string, date: string, rounds: readonly Round[]): { label?: string; date?: string } {
  const name = label.trim();
  const problems: { label?: string; date?: string } = {};
  if (name === "") problems.label = "Name the round, for example “Month 3”.";
  else if (name.length > 80) problems.label = "Keep the name to 80 characters or fewer.";
  else if (rounds.some((r) => roundNameKey(r.label) === roundNameKey(name))) problems.label = `There is already a round called “${name}”.`;
  else if (rounds.length >= MAX_ROUNDS) problems.label = `The check keeps at most ${MAX_ROUNDS} rounds.`;
  const when = dateProblem(date, "round date");
  if (when) problems.date = when;
  return problems;
}

/** A partner name tidied for storing: trimmed, inner spaces collapsed. */
export function tidyName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/** Why a new partner is refused, or null when it can be added. */
export function partnerProblem(name: string, partners: readonly string[]): string | null {
  const tidy = tidyName(name);
  if (tidy === "") return "Write the partner's name.";
  if (tidy.length > 120) return "Keep the name to 120 characters or fewer.";
  if (partners.some((p) => partnerKey(p) === partnerKey(tidy))) return `${tidy} is already listed.`;
  if (partners.length >= MAX_PARTNERS) return `The check keeps at most ${MAX_PARTNERS} partners.`;
  return null;
}
