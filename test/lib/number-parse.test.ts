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
  ])("reads %j in %s as %s", (input, locale, expected) => {
    expect(parseNumber(input, locale)).toBe(expected);
  });

  it.each(["", "abc", "1e5", "12..5", "1,2,3.4.5", "Infinity", "NaN", "--1", "1.2.3,4,5", "0x10", "1,23,4.5"])("refuses %j", (input) => {
    expect(parseNumber(input, "en-US")).toBeNull();
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
