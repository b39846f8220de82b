import { type ToolExports, csvWhen } from "../exports";
import type { Candidate } from "./ranking";
import { scorecardCsv } from "./scorecard-csv";
import type { ScorecardData } from "./scorecard-tool";

/**
 * What the scorecard offers to take away: its CSV in ranking order and its printout. The candidates come from step 2's
 * list of organizations, another tool, so they are read when the reader asks for the file.
 */
export function scorecardExports(candidates: () => readonly Candidate[]): ToolExports<ScorecardData> {
  return {
    csv: [
      csvWhen(
        "partner scorecard",
        (data) => data.criteria.length > 0 && candidates().length > 0,
        (data) => scorecardCsv(data, candidates()),
      ),
    ],
    print: true,
  };
}
