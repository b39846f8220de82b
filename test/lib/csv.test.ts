import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutralise, parseCsv, toCsv } from "~/lib/csv";

describe("neutralise", () => {
  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-2", "'-2"],
    ["@cmd", "'@cmd"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["\nx", "'\nx"],
    ["plain", "plain"],
    ["a=b", "a=b"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("quotes, neutralises text and keeps numbers numeric", () => {
    const csv = toCsv(
      ["Name", "Amount"],
      [
        ['=HYPERLINK("x")', -12.5],
        ['Say "hi", then go', 3],
        [null, Number.NaN],
      ],
    );
    expect(csv).toBe('\uFEFFName,Amount\r\n"\'=HYPERLINK(""x"")",-12.5\r\n"Say ""hi"", then go",3\r\n,\r\n');
  });

  it.each([
    "=cmd|' /C calc'!A0",
    "+SUM(1,2)",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1",
    "\r=1",
    "\n=1",
    '=HYPERLINK("http://evil.example","click")',
    "＝1+1",
    "'already quoted",
    '"=1"',
  ])("keeps %j as text that no spreadsheet runs", (text) => {
    const [, row] = parseCsv(toCsv(["t"], [[text]]));
    expect(row?.[0]).toBe(neutralise(text));
    expect(row?.[0] ?? "").not.toMatch(/^[=+\-@\t\r\n]/);
  });

  it("round-trips any text, neutralised only at a formula start", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }))), (rows) => {
        const parsed = parseCsv(toCsv(["text", "n"], rows));
        expect(parsed).toHaveLength(rows.length + 1);
        rows.forEach(([text, n], i) => {
          const [cell, number] = parsed[i + 1] ?? [];
          expect(cell).toBe(neutralise(text));
          expect(cell ?? "").not.toMatch(/^[=+\-@\t\r\n]/);
          expect(Number(number)).toBe(n === 0 ? 0 : n);
        });
      }),
      { numRuns: 5000 },
    );
  });
});
