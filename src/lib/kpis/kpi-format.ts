import { numberFormat } from "../intl-cache";

/** A measured value for display, at most two decimals, in the reader's number format. */
export function formatValue(value: number, locale?: string): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }, "kpi-value").format(value);
}

/** A value with its unit: "290 households"; a unit starting with % follows without a space, "20%". */
export function withUnit(value: number, unit: string, locale?: string): string {
  const number = formatValue(value, locale);
  if (unit === "") return number;
  return unit.startsWith("%") ? `${number}${unit}` : `${number} ${unit}`;
}

/** Progress minus expected progress, in words: "23 points ahead", "1 point behind", "on schedule". */
export function formatGap(points: number): string {
  const rounded = Math.round(Math.abs(points));
  if (rounded === 0) return "on schedule";
  return `${rounded} ${rounded === 1 ? "point" : "points"} ${points > 0 ? "ahead" : "behind"}`;
}
