import "~/styles/agreement.css";
import { NOT_LEGAL_ADVICE, SECTIONS } from "~/lib/agreement/agreement-sections";
import { agreementTool } from "~/lib/agreement/agreement-tool";
import { goalsTool } from "~/lib/goals/goals-tool";
import { governanceTool } from "~/lib/governance/governance-tool";
import { kpisTool } from "~/lib/kpis/kpis-tool";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { raciTool } from "~/lib/raci/raci-tool";
import { resourcesTool } from "~/lib/resources/resources-tool";
import { risksTool } from "~/lib/risks/risks-tool";
import { DownloadAgreement } from "./agreement/DownloadAgreement";
import { OutlineSection } from "./agreement/OutlineSection";
import { agreement, hasNotes, title } from "./agreement/agreement-state";
import { ToolFrame } from "./shared/ToolFrame";
import { useTool } from "./shared/tool-state";

const exports = { csv: [], print: true };

/** Step 4: the partnership agreement outline, assembled from the reader's saved work, with their own words per clause. */
export default function AgreementTool() {
  useTool(agreementTool);
  useTool(goalsTool);
  useTool(organizationsTool);
  useTool(governanceTool);
  useTool(raciTool);
  useTool(risksTool);
  useTool(kpisTool);
  useTool(resourcesTool);
  return (
    <ToolFrame
      state={agreement}
      id="agreement-tool"
      hasData={hasNotes}
      noun="agreement notes"
      example={() => import("~/lib/agreement/agreement-example").then((m) => m.agreementExample())}
      exports={exports}
      intro={
        <p>
          Each clause shows what your saved work on the other steps puts there, and a field for your own words. Download it as a Word file
          to draft the agreement with your partners. Your words are saved in this browser only.
        </p>
      }
    >
      <p class="notice agreement-notice">
        <strong>{NOT_LEGAL_ADVICE}</strong>
      </p>
      <DownloadAgreement />
      <p class="agreement-title">{title}</p>
      {SECTIONS.map((section, index) => (
        <OutlineSection key={section.key} index={index} />
      ))}
    </ToolFrame>
  );
}
