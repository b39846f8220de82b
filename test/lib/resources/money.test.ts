import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  currencyDigits,
  divRound,
  formatAmount,
  formatMoney,
  formatPlain,
  maxMinor,
  parseExact,
  readAmount,
  withoutCurrencySign,
  toDecimalString,
  toScaled,
} from "~/lib/resources/money";

describe("currencyDigits", () => {
  it.each([
    ["USD", 2],
    ["EUR", 2],
    ["JPY", 0],
    ["KRW", 0],
    ["KWD", 3],
  ])("%s has %i minor-unit digits", (code, digits) => {
    expect(currencyDigits(code)).toBe(digits);
  });
});

describe("divRound", () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [1500n, 1000n, 2n],
    [1499n, 1000n, 1n],
    [-1500n, 1000n, -2n],
    [0n, 7n, 0n],
  ])("%s / %s rounds half away from zero to %s", (n, d, expected) => {
    expect(divRound(n, d)).toBe(expected);
  });
});

describe("readAmount", () => {
  const cents = maxMinor(2);
  it.each([
    ["12", "en-US", 1200n],
    ["12.5", "en-US", 1250n],
    ["12,5", "en-US", 1250n],
    ["12,50", "de-DE", 1250n],
    ["1,234.56", "en-US", 123456n],
    ["1.234,56", "de-DE", 123456n],
    ["1 234,56", "fr-FR", 123456n],
    ["0.1", "en-US", 10n],
    ["33.49", "en-US", 3349n],
    ["0", "en-US", 0n],
    ["1,000,000,000,000", "en-US", 100_000_000_000_000n],
    ["1000000000000.00", "en-US", 100_000_000_000_000n],
    ["999999999999.99", "en-US", 99_999_999_999_999n],
    ["12.500", "en-US", 1250n],
  ])("reads %j in %s as %s minor units", (input, locale, expected) => {
    expect(readAmount(input, 2, cents, locale)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["abc", "invalid"],
    ["12 dollars", "invalid"],
    ["1e5", "invalid"],
    ["-5", "negative"],
    ["−5", "negative"],
    ["12.345", "decimals"],
    ["1000000000000.01", "too-large"],
    ["1,000,000,000,001", "too-large"],
    ["99999999999999999999999", "too-large"],
  ])("refuses %j as %s", (input, problem) => {
    expect(readAmount(input, 2, cents, "en-US")).toEqual({ ok: false, problem });
  });

  it("reads whole units only for a currency without minor units", () => {
    expect(readAmount("1500", 0, maxMinor(0), "en-US")).toEqual({ ok: true, value: 1500n });
    expect(readAmount("1500.5", 0, maxMinor(0), "en-US")).toEqual({ ok: false, problem: "decimals" });
  });

  it("reads every amount with two decimals exactly, in either notation", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: maxMinor(2) }), fc.boolean(), (minor, comma) => {
        const text = toDecimalString(minor, 2);
        const typed = comma ? text.replace(".", ",") : text;
        expect(readAmount(typed, 2, cents, comma ? "de-DE" : "en-US")).toEqual({ ok: true, value: minor });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseExact and toScaled", () => {
  it("keeps every digit of a long number", () => {
    const decimal = parseExact("123456789012345678.91", "en-US");
    expect(decimal && toScaled(decimal, 2)).toBe(12345678901234567891n);
  });

  it("refuses non-zero decimals beyond the scale and drops zero ones", () => {
    expect(toScaled({ negative: false, digits: 12345n, scale: 3 }, 2)).toBeNull();
    expect(toScaled({ negative: false, digits: 12340n, scale: 3 }, 2)).toBe(1234n);
  });
});

describe("toDecimalString", () => {
  it.each([
    [0n, 2, "0.00"],
    [5n, 2, "0.05"],
    [-5n, 2, "-0.05"],
    [123456n, 2, "1234.56"],
    [1500n, 0, "1500"],
    [1234n, 3, "1.234"],
  ])("writes %s with %i digits as %s", (units, scale, expected) => {
    expect(toDecimalString(units, scale)).toBe(expected);
  });
});

describe("formatting", () => {
  it("formats money exactly, even beyond 2^53 minor units", () => {
    expect(formatMoney(3334n, "USD", { locale: "en-US" })).toBe("$33.34");
    expect(formatMoney(50_000_000_000_000_000n + 1n, "USD", { locale: "en-US" })).toBe("$500,000,000,000,000.01");
    expect(formatMoney(1500n, "JPY", { locale: "en-US" })).toBe("¥1,500");
    expect(formatMoney(-599000n, "USD", { locale: "en-US", signed: true })).toBe("-$5,990.00");
    expect(formatMoney(281520n, "USD", { locale: "en-US", signed: true })).toBe("+$2,815.20");
    expect(formatMoney(0n, "USD", { locale: "en-US", signed: true })).toBe("$0.00");
  });

  it("writes plain numbers for input fields in the reader's notation", () => {
    expect(formatPlain(12500n, 3, "en-US")).toBe("12.5");
    expect(formatPlain(12500n, 3, "de-DE")).toBe("12,5");
    expect(formatPlain(2_400_000_000n, 3, "en-US")).toBe("2400000");
    expect(formatPlain(3349n, 2, "en-US")).toBe("33.49");
  });

  it("writes amounts of money for input fields grouped as the reader's locale groups them, every minor digit shown", () => {
    expect(formatAmount(10101520n, "USD", "en-US")).toBe("101,015.20");
    expect(formatAmount(10101520n, "USD", "de-DE")).toBe("101.015,20");
    expect(formatAmount(12345678900n, "INR", "en-IN")).toBe("12,34,56,789.00");
    expect(formatAmount(1500n, "JPY", "en-US")).toBe("1,500");
    expect(formatAmount(3349n, "USD", "en-US")).toBe("33.49");
    expect(formatAmount(100_000_000_000_000n, "USD", "en-US")).toBe("1,000,000,000,000.00");
  });

  it("formatAmount and readAmount round-trip in every notation the readers use", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
        fc.constantFrom("en-US", "de-DE", "fr-FR", "de-CH", "en-IN"),
        fc.constantFrom("USD", "EUR", "JPY", "INR"),
        (units, locale, currency) => {
          const digits = currencyDigits(currency);
          expect(readAmount(formatAmount(units, currency, locale), digits, 10n ** 14n, locale)).toEqual({ ok: true, value: units });
        },
      ),
      { numRuns: 500 },
    );
  });

  it("formatPlain and readAmount round-trip", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.constantFrom("en-US", "de-DE", "fr-FR"), (units, locale) => {
        expect(readAmount(formatPlain(units, 3, locale), 3, 10n ** 15n, locale)).toEqual({ ok: true, value: units });
      }),
      { numRuns: 500 },
    );
  });
});

describe("withoutCurrencySign", () => {
  it.each([
    ["$21,600", "USD", "en-US", "21,600"],
    ["21 600 €", "EUR", "fr-FR", "21 600"],
    ["USD 12", "USD", "en-US", "12"],
    ["US$ 1,250.50", "USD", "en-CA", "1,250.50"],
    ["-$5", "USD", "en-US", "-5"],
    ["£1,234", "USD", "en-US", "£1,234"],
    ["1,250", "USD", "en-US", "1,250"],
  ])("reads %j in %s (%s) as %j", (input, currency, locale, expected) => {
    expect(withoutCurrencySign(input, currency, locale)).toBe(expected);
  });

  it("lets a reader type the amount with its sign, and still refuses another currency's", () => {
    expect(readAmount(withoutCurrencySign("$21,600", "USD", "en-US"), 2, 10n ** 14n, "en-US")).toEqual({ ok: true, value: 2_160_000n });
    expect(readAmount(withoutCurrencySign("£21,600", "USD", "en-US"), 2, 10n ** 14n, "en-US")).toEqual({ ok: false, problem: "invalid" });
  });
});
