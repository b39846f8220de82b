import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { currencyNames, dateTimeFormat, numberFormat } from "~/lib/intl-cache";
import { formatMoney, formatPlain } from "~/lib/resources/money";

describe("numberFormat", () => {
  it("creates one formatter per locale and options, and a new one when either differs", () => {
    const usd = numberFormat("en-US", { style: "currency", currency: "USD" });
    expect(numberFormat("en-US", { style: "currency", currency: "USD" })).toBe(usd);
    expect(numberFormat("en-US", { style: "currency", currency: "EUR" })).not.toBe(usd);
    expect(numberFormat("de-DE", { style: "currency", currency: "USD" })).not.toBe(usd);
    expect(numberFormat(undefined, { style: "currency", currency: "USD" })).not.toBe(usd);
  });

  it("keeps formatters named by a key apart from those named by their options", () => {
    const keyed = numberFormat("en-US", { maximumFractionDigits: 0 }, "whole");
    expect(numberFormat("en-US", { maximumFractionDigits: 0 }, "whole")).toBe(keyed);
    expect(numberFormat("en-US", { maximumFractionDigits: 3 }, "thousandths").format(1.2345)).toBe("1.235");
    expect(numberFormat("en-US", { maximumFractionDigits: 3 }).format(1.2345)).toBe("1.235");
    expect(keyed.format(1.5)).toBe("2");
  });

  it("formats exactly as a new Intl.NumberFormat would", () => {
    const locales = ["en-US", "de-DE", "fr-FR", "ja-JP", "en-IN"];
    const currencies = ["USD", "EUR", "JPY", "KWD", "INR"];
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom(...currencies),
        fc.boolean(),
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        (locale, currency, signed, value) => {
          const options: Intl.NumberFormatOptions = { style: "currency", currency, signDisplay: signed ? "exceptZero" : "auto" };
          expect(numberFormat(locale, options).format(value)).toBe(new Intl.NumberFormat(locale, options).format(value));
        },
      ),
    );
  });

  it("throws for options Intl refuses, every time, as the constructor does", () => {
    expect(() => numberFormat("en-US", { style: "currency", currency: "NOT A CODE" })).toThrow(RangeError);
    expect(() => numberFormat("en-US", { style: "currency", currency: "NOT A CODE" })).toThrow(RangeError);
  });
});

describe("dateTimeFormat", () => {
  it("creates one formatter per locale and options or key, keyed ones apart from the others", () => {
    const options: Intl.DateTimeFormatOptions = { month: "short", timeZone: "UTC" };
    const plain = dateTimeFormat("en-US", options);
    expect(dateTimeFormat("en-US", { ...options })).toBe(plain);
    expect(dateTimeFormat("de-DE", options)).not.toBe(plain);
    const keyed = dateTimeFormat("en-US", options, "month");
    expect(dateTimeFormat("en-US", options, "month")).toBe(keyed);
    expect(keyed).not.toBe(plain);
    expect(keyed.format(new Date(Date.UTC(2028, 1, 29)))).toBe("Feb");
  });
});

describe("currencyNames", () => {
  it("creates one DisplayNames per locale, naming currencies in that language", () => {
    expect(currencyNames("en")).toBe(currencyNames("en"));
    expect(currencyNames("en").of("EUR")).toBe("Euro");
    expect(currencyNames("de").of("USD")).toBe("US-Dollar");
  });
});

describe("formatting through the cache", () => {
  it("writes signed and unsigned amounts, and each locale, apart", () => {
    expect(formatMoney(-1250n, "USD", { locale: "en-US" })).toBe("-$12.50");
    expect(formatMoney(1250n, "USD", { locale: "en-US", signed: true })).toBe("+$12.50");
    expect(formatMoney(1250n, "USD", { locale: "en-US" })).toBe("$12.50");
    expect(formatMoney(0n, "USD", { locale: "en-US", signed: true })).toBe("$0.00");
    expect(formatMoney(1250n, "USD", { locale: "de-DE" })).toBe("12,50\u00a0$");
    expect(formatMoney(1250n, "JPY", { locale: "en-US" })).toBe("¥1,250");
  });

  it("uses each locale's decimal separator for field values", () => {
    expect(formatPlain(1250n, 2, "en-US")).toBe("12.5");
    expect(formatPlain(1250n, 2, "de-DE")).toBe("12,5");
    expect(formatPlain(1250n, 2, "en-US")).toBe("12.5");
  });
});
