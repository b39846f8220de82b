import "~/styles/business-case.css";
import { businessCaseTool } from "~/lib/business-case/business-case-tool";
import { businessCaseExports } from "~/lib/business-case/case-exports";
import { Benchmarks } from "./business-case/Benchmarks";
import { CaseFields } from "./business-case/CaseFields";
import { CaseSummary } from "./business-case/CaseSummary";
import { businessCase, hasCase, useLinkedTools } from "./business-case/case-state";
import { CostAndReturn } from "./business-case/CostAndReturn";
import { DownloadCase } from "./business-case/DownloadCase";
import { ObjectivesAndPlayers } from "./business-case/ObjectivesAndPlayers";
import { OptionsAppraisal } from "./business-case/OptionsAppraisal";
import { SwotGrid } from "./business-case/SwotGrid";
import { ToolFrame } from "./shared/ToolFrame";
import { useTool } from "./shared/tool-state";

/** Step 3: the business case builder (the case, options appraisal, SWOT, and cost and return). */
export default function BusinessCaseTool() {
  useTool(businessCaseTool);
  useLinkedTools();
  return (
    <ToolFrame
      state={businessCase}
      id="business-case-tool"
      hasData={hasCase}
      noun="business case"
      example={() => import("~/lib/business-case/business-case-example").then((m) => m.businessCaseExample())}
      exports={businessCaseExports}
      intro={
        <p>
          Write the case your partners' leaders will approve: the problem, the options weighed against doing nothing, the strengths and
          threats, and what it costs and returns. It is saved in this browser only.
        </p>
      }
    >
      <CaseFields />
      <ObjectivesAndPlayers />
      <OptionsAppraisal />
      <SwotGrid />
      <CostAndReturn />
      <Benchmarks />
      <CaseSummary />
      <DownloadCase />
    </ToolFrame>
  );
}
