import { ChecklistEditor } from "./ChecklistEditor";
import { CriteriaEditor } from "./CriteriaEditor";
import { DueDiligence } from "./DueDiligence";
import { PartnerRanking } from "./PartnerRanking";
import { ScoreGrid } from "./ScoreGrid";
import { exportsOfScorecard, hasWork, scorecard } from "./scorecard-state";
import { ToolFrame } from "../shared/ToolFrame";

/** Criteria with weights and non-negotiables, every candidate's scores, the ranking, and due diligence. */
export function ScorecardFrame() {
  return (
    <ToolFrame
      state={scorecard}
      id="scorecard-tool"
      hasData={hasWork}
      noun="scores and checks"
      example={() => import("~/lib/scorecard/scorecard-example").then((m) => m.scorecardExample())}
      exports={exportsOfScorecard}
      intro={
        <p>
          Agree the criteria first, then score every candidate listed in Your partners on each, and check the shortlisted ones. The example
          scores the organizations of that list's example. It is saved in this browser only.
        </p>
      }
    >
      <h3>Criteria</h3>
      <CriteriaEditor />
      <h3>Scores</h3>
      <ScoreGrid />
      <h3>Ranking</h3>
      <PartnerRanking />
      <h3>Due diligence</h3>
      <ChecklistEditor />
      <DueDiligence />
    </ToolFrame>
  );
}
