import { formatDate } from "../dates";

// Building an Intl formatter costs far more than using one, and the tables format hundreds of values per render.
const numberFormats = new Map<string, Intl.NumberFormat>();
const days = new Map<string, string>();
const MAX_REMEMBERED_DAYS = 2000;

/** A measured value for display, at most two decimals, in the reader's number format. */
export function formatValue(value: number, locale?: string): string {
  const key = locale ?? "";
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** formatDate in the reader's locale, e.g. "29 Feb 2028", remembered per date: the same text, without a new formatter each time. */
export function formatDay(iso: string): string {
  let text = days.get(iso);
  if (text === undefined) {
    text = formatDate(iso);
    if (days.size >= MAX_REMEMBERED_DAYS) days.clear();
    days.set(iso, text);
  }
  return text;
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
