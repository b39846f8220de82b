/** How the guide's pages print the fact sheet's figures: US conventions, as the worked example is set in the US. */

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not a yyyy-mm-dd date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "November 4, 2026". */
export function longDate(iso: string): string {
  const [year, month, day] = parts(iso);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "November 4", for dates whose year the sentence already gives. */
export function monthDay(iso: string): string {
  const [, month, day] = parts(iso);
  return `${MONTHS[month - 1]} ${day}`;
}

/** "November 2026". */
export function monthYear(iso: string): string {
  const [year, month] = parts(iso);
  return `${MONTHS[month - 1]} ${year}`;
}

/** Dollars from cents: "$85,800" for whole dollars, "$16,075.20" otherwise. */
export function usd(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString("en-US");
  const rest = abs % 100;
  return `${sign}$${dollars}${rest === 0 ? "" : `.${String(rest).padStart(2, "0")}`}`;
}

/** A dollar amount given in dollars, such as a rate: "$28.50", "$35". */
export const usdFromDollars = (dollars: number): string => usd(Math.round(dollars * 100));

/** "12%" from 12; "72.5%" keeps a decimal when there is one. */
export function pct(value: number): string {
  return `${Number(value.toFixed(1)).toLocaleString("en-US")}%`;
}

/** A whole number with US thousands separators: "2,600". */
export const num = (value: number): string => value.toLocaleString("en-US", { maximumFractionDigits: 2 });

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** Numbers to ten as words, as prose writes them ("four pantry sites"); larger ones as figures. */
export const words = (value: number): string => WORDS[value] ?? num(value);
