/** A measured value for display, at most two decimals, in the reader's number format. */
export function formatValue(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A value with its unit: "290 households", "20 %" is written "20%". */
export function withUnit(value: number, unit: string, locale?: string): string {
  const number = formatValue(value, locale);
  if (unit === "") return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

/** Progress minus expected progress in points, e.g. "+23 points", "−12 points", "0 points". */
export function formatGap(points: number): string {
  const rounded = Math.round(points);
  if (rounded === 0) return "0 points";
  const sign = rounded > 0 ? "+" : "−";
  return `${sign}${Math.abs(rounded)} ${Math.abs(rounded) === 1 ? "point" : "points"}`;
}
