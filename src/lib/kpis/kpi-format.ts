import { numberFormat } from "../intl-cache";

/** A measured value for display, at most `decimals` decimals (2 unless told), in the reader's number format. */
export function formatValue(value: number, locale?: string, decimals = 2): string {
  return numberFormat(locale, { maximumFractionDigits: decimals }, `kpi-value-${decimals}`).format(value);
}

/** A value with its unit: "290 households"; a unit starting with % follows without a space, "20%". */
export function withUnit(value: number, unit: string, locale?: string, decimals = 2): string {
  const number = formatValue(value, locale, decimals);
  if (unit === "") return number;
  return unit.startsWith("%") ? `${number}${unit}` : `${number} ${unit}`;
}

/** Decimals of a number as written in its shortest form: 12.5 → 1, 400 → 0, 1e-7 → 7. */
function decimalsOf(value: number): number {
  const [digits = "", exponent = "0"] = String(Math.abs(value)).split("e");
  const fraction = digits.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * How many decimals a KPI's estimates are shown with: as many as its own figures (baseline, target, measured values)
 * are written with, at most 2. A KPI counted in whole households is expected to reach 49 households, not 48.9.
 */
export function figureDecimals(values: Iterable<number>): number {
  let most = 0;
  for (const value of values) most = Math.max(most, decimalsOf(value));
  return Math.min(most, 2);
}

/** Whole points of progress and expected progress this far apart or closer read "about as expected". */
export const AS_EXPECTED_POINTS = 1;

/**
 * Progress against expected progress (both 0–1) in words, from the whole percentages the reader sees beside them, so
 * 48% against 49% is never called "2 points behind": "about as expected" up to AS_EXPECTED_POINTS apart, else
 * "17 points ahead", "33 points behind".
 */
export function formatGap(progress: number, expected: number): string {
  const points = Math.round(progress * 100) - Math.round(expected * 100);
  if (Math.abs(points) <= AS_EXPECTED_POINTS) return "about as expected";
  return `${Math.abs(points)} points ${points > 0 ? "ahead" : "behind"}`;
}
