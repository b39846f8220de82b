import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber } from "~/lib/number-parse";

describe("parseNumber", () => {
  it.each([
    ["12", "en-US", 12],
    ["12.5", "en-US", 12.5],
    ["12,5", "en-US", 12.5],
    ["1,234", "en-US", 1234],
    ["1,234.56", "en-US", 1234.56],
    ["1.234,56", "en-US", 1234.56],
    ["1,234", "de-DE", 1.234],
    ["1.234", "de-DE", 1234],
    ["1.234.567", "de-DE", 1234567],
    ["1.234,5", "de-DE", 1234.5],
    ["12,5", "de-DE", 12.5],
    ["1 234,56", "fr-FR", 1234.56],
    ["1\u202F234,56", "fr-FR", 1234.56],
    ["1'234.56", "de-CH", 1234.56],
    ["1’234.56", "de-CH", 1234.56],
    ["-3.5", "en-US", -3.5],
    ["−3,5", "de-DE", -3.5],
    ["  7  ", "en-US", 7],
    ["0", "en-US", 0],
    // Lakh and crore grouping, as en-IN shows figures: two digits a group above the thousands.
    ["1,23,456", "en-IN", 123456],
    ["12,34,567.89", "en-IN", 1234567.89],
    ["1,00,00,000", "en-IN", 10000000],
    ["1,23,456", "en-US", 123456],
  ])("reads %j in %s as %s", (input, locale, expected) => {
    expect(parseNumber(input, locale)).toBe(expected);
  });

  it.each([
    "",
    "abc",
    "1e5",
    "12..5",
    "1,2,3.4.5",
    "Infinity",
    "NaN",
    "--1",
    "1.2.3,4,5",
    "0x10",
    "1,23,4.5",
    "1,23,45",
    "12,3,456",
    "1.23.456,5",
  ])("refuses %j", (input) => {
    expect(parseNumber(input, "en-US")).toBeNull();
  });

  it("reads back every figure en-IN formats", () => {
    const format = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + (Math.sign(whole || 1) * cents) / 100;
        expect(parseNumber(format.format(value), "en-IN")).toBeCloseTo(value, 2);
      }),
    );
  });

  it("never returns a non-finite number", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("en-US", "de-DE", "fr-FR", "de-CH"), (text, locale) => {
        const value = parseNumber(text, locale);
        expect(value === null || Number.isFinite(value)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
