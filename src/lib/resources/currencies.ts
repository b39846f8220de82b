import { currencyNames } from "../intl-cache";
import { currencyDigits, maxMinor, pow10 } from "./money";
import type { ResourcesData } from "./resources-tool";

/** The currencies offered, by ISO 4217 code. JPY, KRW and CLP have no minor unit; KWD has three decimals. */
export const CURRENCY_CODES = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "NZD",
  "CHF",
  "JPY",
  "CNY",
  "HKD",
  "SGD",
  "KRW",
  "INR",
  "PHP",
  "ZAR",
  "KES",
  "NGN",
  "GHS",
  "EGP",
  "MXN",
  "BRL",
  "CLP",
  "COP",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "ILS",
  "AED",
  "KWD",
] as const;

export type CurrencyCode = (typeof CURRENCY_CODES)[number];

/** "US Dollar (USD)" in the reader's language where Intl knows it, else the code. */
export function currencyLabel(code: string, locale?: string): string {
  try {
    const name = currencyNames(locale).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export type CurrencyChange = { ok: true; data: ResourcesData; rescaled: boolean } | { ok: false; blocking: number };

/** Every amount held in minor units, for rescaling. */
function amountsOf(data: ResourcesData): number[] {
  return [data.volunteerRate, ...data.costs.map((c) => c.amount), ...data.contributions.map((c) => c.unitValue)];
}

/**
 * Switches the currency without changing what any amount says: 12.50 stays 12.50. Amounts are relabelled,
 * never converted. Where the currencies have different minor-unit digits the amounts are rescaled exactly;
 * the switch is refused (with the number of amounts in the way) when an amount has decimals the new currency cannot hold
 * or would pass the field limit.
 */
export function changeCurrency(data: ResourcesData, code: CurrencyCode): CurrencyChange {
  const from = currencyDigits(data.currency);
  const to = currencyDigits(code);
  if (from === to) return { ok: true, data: { ...data, currency: code }, rescaled: false };
  const limit = maxMinor(to);
  const rescale = (minor: number): bigint | null => {
    const value = BigInt(minor);
    const divisor = pow10(Math.abs(to - from));
    const scaled = to > from ? value * divisor : value % divisor === 0n ? value / divisor : null;
    return scaled !== null && scaled <= limit ? scaled : null;
  };
  const blocking = amountsOf(data).filter((a) => rescale(a) === null).length;
  if (blocking > 0) return { ok: false, blocking };
  const convert = (minor: number) => Number(rescale(minor) ?? 0n);
  return {
    ok: true,
    rescaled: true,
    data: {
      ...data,
      currency: code,
      volunteerRate: convert(data.volunteerRate),
      costs: data.costs.map((c) => ({ ...c, amount: convert(c.amount) })),
      contributions: data.contributions.map((c) => ({ ...c, unitValue: convert(c.unitValue) })),
    },
  };
}
