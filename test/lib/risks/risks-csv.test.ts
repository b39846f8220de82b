import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { exportFileName } from "~/lib/exports";
import { RISK_CSV_HEADER, riskCsvRow, riskRegisterCsv, risksExports } from "~/lib/risks/risks-csv";
import { risksTool } from "~/lib/risks/risks-tool";
import { DEFAULT_LIMITS } from "~/lib/risks/scoring";
import { aRisk } from "../../support/risk-fixtures";

describe("riskCsvRow", () => {
  it("writes levels and scores as numbers and choices as words", () => {
    const risk = aRisk({
      title: "Grant cut",
      likelihood: 3,
      impact: 5,
      residualLikelihood: 3,
      residualImpact: 4,
      category: "financial",
      review: "2027-07-01",
    });
    expect(riskCsvRow(risk, 6, DEFAULT_LIMITS)).toEqual([
      6,
      "Grant cut",
      "",
      "Financial",
      3,
      5,
      15,
      "Extreme",
      "",
      "Treat (reduce it)",
      "",
      3,
      4,
      12,
      "High",
      "Project group",
      "Open",
      "2027-07-01",
    ]);
  });
});

describe("riskRegisterCsv", () => {
  it.each([
    ['=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'],
    ["+1 555", "'+1 555"],
    ["-2 volunteers", "'-2 volunteers"],
    ["@owner", "'@owner"],
    ["\tindented", "'\tindented"],
    ["<script>alert(1)</script>", "<script>alert(1)</script>"],
    ["مخاطر الشراكة", "مخاطر الشراكة"],
    ["Rain 🌧️, again", "Rain 🌧️, again"],
  ])("keeps %j safe in every text column as %j", (input, expected) => {
    const risk = aRisk({ title: input, description: input, owner: input, mitigation: input });
    const [header, row] = parseCsv(riskRegisterCsv([risk], DEFAULT_LIMITS));
    expect(header).toEqual([...RISK_CSV_HEADER]);
    for (const column of ["Risk", "Description", "Owner", "Mitigation"] as const) {
      expect(row?.[RISK_CSV_HEADER.indexOf(column)]).toBe(expected);
    }
  });

  it("numbers rows in entry order and keeps numeric cells unquoted", () => {
    const csv = riskRegisterCsv([aRisk({ title: "A" }), aRisk({ title: "B", likelihood: 5, impact: 5 })], DEFAULT_LIMITS);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^2,B,,Operational,5,5,25,Extreme,/);
  });

  it("writes only the header for an empty register", () => {
    expect(parseCsv(riskRegisterCsv([], DEFAULT_LIMITS))).toEqual([[...RISK_CSV_HEADER]]);
  });
});

describe("risksExports", () => {
  const [register] = risksExports.csv;

  it("offers the register as one CSV file, named by day, and a printout", () => {
    expect(register?.name).toBe("risk register");
    expect(exportFileName(register?.name ?? "", "2027-03-01", "csv")).toBe("pivotpath-risk-register-2027-03-01.csv");
    expect(risksExports.print).toBe(true);
  });

  it("has nothing to download while the register is empty", () => {
    expect(register?.csv(risksTool.empty())).toBeNull();
    expect(register?.csv({ ...risksTool.empty(), risks: [aRisk({ title: "A" })] })).toMatch(/\r\n1,A,/);
  });
});
