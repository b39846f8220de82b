import { parseNumber } from "../number-parse";
import { numberFormat } from "../intl-cache";

/** The largest amount a field accepts, in a currency's major units (one trillion). */
export const MAX_UNITS = 1_000_000_000_000n;

const digitsCache = new Map<string, number>();

/** How many minor-unit digits a currency has (USD 2, JPY 0, KWD 3), as Intl reports it. */
export function currencyDigits(code: string): number {
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(code, digits);
  }
  return digits;
}

/** 10 to the power `n`, as a bigint. */
export const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** The largest amount in minor units for a currency with `digits` decimals. */
export const maxMinor = (digits: number): bigint => MAX_UNITS * pow10(digits);

/** `numerator / denominator` rounded half away from zero; the denominator must be positive. */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  const magnitude = numerator < 0n ? -numerator : numerator;
  const rounded = (2n * magnitude + denominator) / (2n * denominator);
  return numerator < 0n ? -rounded : rounded;
}

/** A decimal number read exactly from text: `digits` × 10^−`scale`. */
export interface ExactDecimal {
  negative: boolean;
  digits: bigint;
  scale: number;
}

/**
 * Reads a number as readers type it (via parseNumber, so "12,5", "1.234,50" and "1,234.50" all work)
 * and returns its exact decimal value, never a float. Null for anything parseNumber refuses.
 */
export function parseExact(input: string, locale?: string): ExactDecimal | null {
  const value = parseNumber(input, locale);
  if (value === null) return null;
  const digitText = input.replace(/\D/g, "");
  if (digitText === "") return null;
  const whole = Number(digitText);
  const lastSeparator = Math.max(input.lastIndexOf("."), input.lastIndexOf(","));
  let scale = 0;
  if (lastSeparator !== -1) {
    const after = input.slice(lastSeparator + 1).replace(/\D/g, "").length;
    // parseNumber has already decided whether the last separator is a decimal point; the candidate closer to its answer wins.
    const asDecimal = whole / 10 ** after;
    if (Math.abs(asDecimal - Math.abs(value)) < Math.abs(whole - Math.abs(value))) scale = after;
  }
  return { negative: value < 0, digits: BigInt(digitText), scale };
}

/** The decimal as an integer count of 10^−`scale` units, or null when it has more decimals than that (non-zero ones). */
export function toScaled(decimal: ExactDecimal, scale: number): bigint | null {
  let units: bigint;
  if (decimal.scale <= scale) units = decimal.digits * pow10(scale - decimal.scale);
  else {
    const divisor = pow10(decimal.scale - scale);
    if (decimal.digits % divisor !== 0n) return null;
    units = decimal.digits / divisor;
  }
  return decimal.negative ? -units : units;
}

/** Why a typed amount was refused. */
export type AmountProblem = "empty" | "invalid" | "negative" | "decimals" | "too-large";

export type AmountRead = { ok: true; value: bigint } | { ok: false; problem: AmountProblem };

/**
 * `text` without the sign or code of `currency` where a reader writes it, before or after the amount: "$21,600",
 * "21 600 €", "USD 12", "-$5". Anything else is left as it is, for the reading to accept or refuse.
 */
export function withoutCurrencySign(text: string, currency: string, locale?: string): string {
  const signs = new Set([currency]);
  for (const currencyDisplay of ["symbol", "narrowSymbol"] as const) {
    const parts = numberFormat(locale, { style: "currency", currency, currencyDisplay }).formatToParts(1);
    const sign = parts.find((p) => p.type === "currency")?.value;
    if (sign) signs.add(sign);
  }
  const trimmed = text.trim();
  const minus = /^[-−–]/.test(trimmed) ? trimmed.charAt(0) : "";
  const rest = trimmed.slice(minus.length).trim();
  for (const sign of signs) {
    if (rest.startsWith(sign)) return minus + rest.slice(sign.length).trim();
    if (rest.endsWith(sign)) return minus + rest.slice(0, -sign.length).trim();
  }
  return text;
}

/**
 * Reads a non-negative amount with at most `scale` decimals into integer units of 10^−`scale`,
 * refusing anything above `max` (in those units).
 */
export function readAmount(input: string, scale: number, max: bigint, locale?: string): AmountRead {
  if (input.trim() === "") return { ok: false, problem: "empty" };
  const decimal = parseExact(input, locale);
  if (decimal === null) return { ok: false, problem: "invalid" };
  if (decimal.negative && decimal.digits !== 0n) return { ok: false, problem: "negative" };
  const value = toScaled({ ...decimal, negative: false }, scale);
  if (value === null) return { ok: false, problem: "decimals" };
  if (value > max) return { ok: false, problem: "too-large" };
  return { ok: true, value };
}

/** "-1234.56" for −123456 minor units with 2 digits: exact, for Intl and CSV. */
export function toDecimalString(units: bigint, scale: number): string {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = scale === 0 ? text : text.slice(0, -scale);
  const fraction = scale === 0 ? "" : `.${text.slice(-scale)}`;
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** A scaled integer written for an input field in the reader's locale, without grouping and without trailing zeros. */
export function formatPlain(units: bigint, scale: number, locale?: string): string {
  const text = toDecimalString(units, scale);
  const trimmed = text.includes(".") ? text.replace(/0+$/, "").replace(/\.$/, "") : text;
  return trimmed.replace(".", decimalSeparator(locale));
}

const separators = new Map<string, string>();

/** The decimal separator of `locale` ("." or ","), looked up once per locale. */
function decimalSeparator(locale: string | undefined): string {
  let separator = separators.get(locale ?? "");
  if (separator === undefined) {
    separator =
      numberFormat(locale)
        .formatToParts(1.5)
        .find((p) => p.type === "decimal")?.value ?? ".";
    separators.set(locale ?? "", separator);
  }
  return separator;
}

type NumericText = `${number}`;

/** An amount in minor units as money in the reader's locale, exactly (Intl reads the decimal string without float error). */
export function formatMoney(minor: bigint, currency: string, options: { locale?: string | undefined; signed?: boolean } = {}): string {
  const digits = currencyDigits(currency);
  const signDisplay = options.signed ? "exceptZero" : "auto";
  const format = numberFormat(
    options.locale,
    { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay },
    `money|${currency}|${signDisplay}`,
  );
  return format.format(toDecimalString(minor, digits) as NumericText);
}

/**
 * An amount in minor units for a money field, as the reader's locale writes numbers: grouped, every minor digit
 * shown, no currency sign (the field names the currency beside it): "101,015.20", "101.015,20", "1,01,015.20".
 * parseNumber reads each of these back.
 */
export function formatAmount(minor: bigint, currency: string, locale?: string): string {
  const digits = currencyDigits(currency);
  const format = numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }, `amount|${digits}`);
  return format.format(toDecimalString(minor, digits) as NumericText);
}

/** The cap written for messages: "1,000,000,000,000". */
export function formatCap(locale?: string): string {
  return numberFormat(locale).format(MAX_UNITS);
}
