import { type CsvCell, toCsv } from "../csv";
import { diligenceSummary, diligenceText } from "./diligence";
import { type Candidate, type Standing, rankText, reasonText, standings } from "./ranking";
import type { Criterion, ScorecardData } from "./scorecard-tool";
import { answersOf, scoreHundredths, scoresOf } from "./weighted-score";

/** The header: rank, organization, weighted score, one column per criterion, then the reason and the due diligence. */
export function scorecardCsvHeader(criteria: readonly Criterion[]): string[] {
  const columns = criteria.map((c) => (c.nonNegotiable ? `${c.name} (non-negotiable)` : `${c.name} (weight ${c.weight})`));
  return ["Rank", "Organization", "Weighted score", ...columns, "Standing", "Due diligence"];
}

/** A criterion's cell: the score as a number (empty when not given), or "Yes"/"No" for a non-negotiable (met only when ticked). */
function criterionCell(data: ScorecardData, criterion: Criterion, candidate: Candidate): CsvCell {
  if (criterion.nonNegotiable) return answersOf(data, candidate.id).get(criterion.id) === true ? "Yes" : "No";
  return scoresOf(data, candidate.id).get(criterion.id) ?? "";
}

/** One candidate's row; the rank and weighted score stay numbers (the score rounded to two decimals, as shown). */
export function scorecardCsvRow(data: ScorecardData, standing: Standing): CsvCell[] {
  const score = standing.kind === "incomplete" || standing.score === null ? "" : scoreHundredths(standing.score) / 100;
  return [
    standing.kind === "ranked" ? standing.rank : "",
    standing.candidate.name,
    score,
    ...data.criteria.map((c) => criterionCell(data, c, standing.candidate)),
    standing.kind === "ranked" ? (standing.tied ? `Ranked ${rankText(standing)}` : "Ranked") : reasonText(standing),
    diligenceText(diligenceSummary(data, standing.candidate.id)),
  ];
}

/** The scorecard in ranking order as spreadsheet-safe CSV. */
export function scorecardCsv(data: ScorecardData, candidates: readonly Candidate[]): string {
  return toCsv(
    scorecardCsvHeader(data.criteria),
    standings(data, candidates).map((s) => scorecardCsvRow(data, s)),
  );
}

/** "pivotpath-partner-scorecard-2027-03-01.csv" for a "yyyy-mm-dd" day. */
export function scorecardCsvFileName(day: string): string {
  return `pivotpath-partner-scorecard-${day}.csv`;
}
