import { type CsvCell, toCsv } from "../csv";
import type { ToolExports } from "../exports";
import { partnerAverages, roundScores, statementStats } from "./health-stats";
import { type HealthData, STATEMENTS, healthTool, roundsByDate } from "./health-tool";

const rounded = (value: number | null): CsvCell => (value === null ? null : Math.round(value * 100) / 100);

/**
 * The health check as CSV: per round, one row per partner with a column per statement,
 * then the average and the spread (highest − lowest) of each statement. Unanswered cells are empty.
 */
export function healthCsv(data: HealthData): string {
  const header = ["Round", "Round date", "Partner", ...STATEMENTS.map((s) => s.label), "Average"];
  const rows: CsvCell[][] = [];
  for (const round of roundsByDate(data.rounds)) {
    const scores = roundScores(data, round.id);
    const averages = partnerAverages(scores);
    const stats = statementStats(scores);
    scores.forEach(({ partner, scores: byStatement }, i) => {
      rows.push([
        round.label,
        round.date,
        partner,
        ...STATEMENTS.map((s) => byStatement[s.key] ?? null),
        rounded(averages[i]?.average ?? null),
      ]);
    });
    rows.push([round.label, round.date, "Average of all partners", ...stats.map((s) => rounded(s.average)), null]);
    rows.push([round.label, round.date, "Spread (highest − lowest)", ...stats.map((s) => s.spread), null]);
  }
  return toCsv(header, rows);
}

/** The health check's downloads: one CSV, offered once the check holds anything, and its printout. */
export const healthExports: ToolExports<HealthData> = {
  csv: [{ name: "health check", csv: (data) => (healthTool.summarize(data) === "" ? null : healthCsv(data)) }],
  print: true,
};
