import { BAND_LABEL, type Band, LEVELS, impactLabel, likelihoodLabel } from "~/lib/risks/scoring";

/** The options 1–5 of a likelihood or impact select, each with its scale word. */
export function LevelOptions({ scale }: { scale: "likelihood" | "impact" }) {
  const label = scale === "likelihood" ? likelihoodLabel : impactLabel;
  return (
    <>
      {LEVELS.map((level) => (
        <option key={level} value={String(level)}>
          {level} {label(level)}
        </option>
      ))}
    </>
  );
}

/** The options of a select over a fixed list of keys and labels. */
export function KeyOptions({ options }: { options: readonly { key: string; label: string }[] }) {
  return (
    <>
      {options.map((o) => (
        <option key={o.key} value={o.key}>
          {o.label}
        </option>
      ))}
    </>
  );
}

/** A score with its band as words, tinted with the band colour. */
export function ScoreBadge({ score, band }: { score: number; band: Band }) {
  return (
    <span class={`risk-score risk-score--${band}`}>
      {score} {BAND_LABEL[band]}
    </span>
  );
}

/** The select value as a level 1–5, or null if it is not one. */
export function readLevel(value: string): number | null {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 5 ? level : null;
}

/** The id of the datalist offering partner organizations as owners. */
export const OWNER_LIST_ID = "risk-owner-options";
