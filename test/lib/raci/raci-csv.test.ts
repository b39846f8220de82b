import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { raciCsv, raciCsvFileName } from "~/lib/raci/raci-csv";
import { chart } from "./fixtures";

describe("RACI CSV", () => {
  it("has a row per task with its letters and its checks, text made formula-safe", () => {
    const data = chart(
      ["=SUM(A1)", "Board*"],
      [
        ["+Publicity", "RA"],
        ["Setup", "R "],
      ],
    );
    expect(parseCsv(raciCsv(data))).toEqual([
      ["Task", "'=SUM(A1)", "Board (group)", "Checks"],
      ["'+Publicity", "R", "A", "needs one person or role as Accountable, not a group (Board)"],
      ["Setup", "R", "", "needs exactly one Accountable (it has none)"],
    ]);
    expect(raciCsvFileName("2027-01-25")).toBe("pivotpath-raci-chart-2027-01-25.csv");
  });
});
