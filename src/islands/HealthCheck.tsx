import "~/styles/health.css";
import { healthExports } from "~/lib/health/health-csv";
import { healthTool } from "~/lib/health/health-tool";
import { AnswerImport } from "./health/AnswerImport";
import { AnswerPanel } from "./health/AnswerPanel";
import { hasAnswers, health } from "./health/health-state";
import { HealthTrend } from "./health/HealthTrend";
import { RoundResults } from "./health/RoundResults";
import { PartnerForm, RoundForm, SetupLists } from "./health/HealthSetup";
import { ToolFrame } from "./shared/ToolFrame";
import { useTool } from "./shared/tool-state";

/** Step 8: the partnership health check. Every partner rates the partnership, round after round. */
export default function HealthCheck() {
  useTool(healthTool);
  return (
    <ToolFrame
      state={health}
      id="health-check"
      hasData={hasAnswers}
      noun="rounds, partners and answers"
      example={() => import("~/lib/health/health-example").then((m) => m.healthExample())}
      exports={healthExports}
      intro={
        <p>
          Evaluate the partnership itself, not only its projects. Each partner rates ten statements from 1 (strongly disagree) to 5
          (strongly agree); the check is repeated, for example every six months. The statements follow the Wilder Collaboration Factors
          Inventory (22 factors, rated 1–5) and the GNDR/TPI partnership health check, in which every partner rates every aspect. The value
          is in comparing answers: where partners differ most is where to talk. Everything is saved in this browser only.
        </p>
      }
    >
      <RoundForm />
      <PartnerForm />
      <SetupLists />
      <AnswerPanel />
      <AnswerImport />
      <RoundResults />
      <HealthTrend />
    </ToolFrame>
  );
}
