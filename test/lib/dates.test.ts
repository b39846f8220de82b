import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber, daysBetween, formatDate, fromDayNumber, isValidDate, today } from "~/lib/dates";

describe("calendar dates", () => {
  it.each([
    ["2028-02-29", true],
    ["2027-02-29", false],
    ["2000-02-29", true],
    ["1900-02-29", false],
    ["2027-04-31", false],
    ["2027-12-31", true],
    ["2027-13-01", false],
    ["2027-1-01", false],
    ["", false],
  ])("%s is valid: %s", (iso, valid) => {
    expect(isValidDate(iso)).toBe(valid);
  });

  it.each([
    ["2027-03-01", "2028-02-29", 365],
    ["2028-02-28", "2028-03-01", 2],
    ["2027-02-28", "2027-03-01", 1],
    ["2027-01-31", "2027-02-01", 1],
    ["2027-03-10", "2027-03-01", -9],
  ])("from %s to %s is %i days", (a, b, days) => {
    expect(daysBetween(a, b)).toBe(days);
  });

  it("accepts exactly the dates a Date object gives back unchanged, and numbers them the same", () => {
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    // The reference: a date is valid when Date.UTC, read back, gives the same year, month and day.
    const byRoundTrip = (year: number, month: number, day: number) => {
      const ms = Date.UTC(year, month - 1, day);
      const back = new Date(ms);
      const same = back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day;
      return month >= 1 && month <= 12 && day >= 1 && same ? Math.round(ms / 86_400_000) : null;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          expect(dayNumber(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(byRoundTrip(year, month, day));
        },
      ),
      { numRuns: 5000 },
    );
    for (const iso of ["0099-12-31", "0100-01-01", "1600-02-29", "1700-02-29", "9999-12-31"]) {
      const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
      expect(dayNumber(iso), iso).toBe(byRoundTrip(year, month, day));
    }
  });

  it("round-trips day numbers", () => {
    for (const iso of ["1970-01-01", "2028-02-29", "2099-12-31"]) expect(fromDayNumber(dayNumber(iso) ?? 0)).toBe(iso);
  });

  it("formats without shifting the day", () => {
    expect(formatDate("2028-02-29", "en-GB")).toBe("29 Feb 2028");
  });

  it("writes any calendar day in any locale as toLocaleDateString does, reusing one formatter per locale", () => {
    const locales = [undefined, "en-US", "de-DE", "fr-FR", "ja-JP"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(...locales), (n, locale) => {
        const iso = fromDayNumber(n);
        const expected = new Date(n * 86_400_000).toLocaleDateString(locale, {
          day: "numeric",
          month: "short",
          year: "numeric",
          timeZone: "UTC",
        });
        expect(formatDate(iso, locale)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it.each(["not a date", "", "2027-02-30"])("leaves %j as it is", (text) => {
    expect(formatDate(text)).toBe(text);
  });

  it("gives today in the local calendar", () => {
    expect(today(new Date(2026, 10, 26, 23, 59))).toBe("2026-11-26");
  });
});
