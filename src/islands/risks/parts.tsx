import { BAND_LABEL, type Band, LEVELS, impactLabel, likelihoodLabel } from "~/lib/risks/scoring";

/** The options of a select field over a fixed list of keys and labels. */
export function keyOptions<K extends string>(options: readonly { key: K; label: string }[]): { value: K; label: string }[] {
  return options.map((o) => ({ value: o.key, label: o.label }));
}

/** The levels 1–5 with their scale words, as select options ("4 Likely"). */
export const LIKELIHOOD_OPTIONS = LEVELS.map((l) => ({ value: String(l), label: `${l} ${likelihoodLabel(l)}` }));
export const IMPACT_OPTIONS = LEVELS.map((l) => ({ value: String(l), label: `${l} ${impactLabel(l)}` }));

/** A level 1–5 from the value of one of those options. */
export function level(value: string): number {
  return Number(value);
}

/** A score with its band as words, tinted with the band colour. */
export function ScoreBadge({ score, band }: { score: number; band: Band }) {
  return (
    <span class={`risk-score risk-score--${band}`}>
      {score} {BAND_LABEL[band]}
    </span>
  );
}
