import { dateTimeFormat } from "./intl-cache";

/**
 * Calendar dates as "yyyy-mm-dd" strings, computed in UTC day numbers so no time zone can shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * The day number (days since 1970-01-01) of a valid "yyyy-mm-dd" date, or null. Checked by the calendar's own rules
 * rather than by a round trip through a Date object: a tool at its largest reads thousands of dates on every change.
 * Years before 100 are refused, as Date.UTC would read them as 1900 and later.
 */
export function dayNumber(iso: string): number | null {
  const match = ISO_DATE.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > days) return null;
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function isValidDate(iso: string): boolean {
  return dayNumber(iso) !== null;
}

/** "yyyy-mm-dd" for a day number. */
export function fromDayNumber(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier), or null if either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === null || b === null ? null : b - a;
}

/** Today in the reader's own calendar, as "yyyy-mm-dd". */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const DAY_FORMAT: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };

/** A date for display, e.g. "29 Feb 2028", formatted without shifting the day. */
export function formatDate(iso: string, locale?: string): string {
  const days = dayNumber(iso);
  if (days === null) return iso;
  return dateTimeFormat(locale, DAY_FORMAT, "day").format(new Date(days * DAY_MS));
}
