import "~/styles/engagement.css";
import { useComputed } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { today as dayOf } from "~/lib/dates";
import { engagementTool } from "~/lib/engagement/engagement-tool";
import { EngagementPlan } from "./engagement/EngagementPlan";
import { EngagementPrintout } from "./engagement/EngagementPrintout";
import { engagement, exports, today } from "./engagement/engagement-state";
import { FeedbackForm } from "./engagement/FeedbackForm";
import { FeedbackLog } from "./engagement/FeedbackLog";
import { LevelRule } from "./engagement/LevelRule";
import { PlanForm } from "./engagement/PlanForm";
import { PowerInterestGrid } from "./engagement/PowerInterestGrid";
import { StakeholderForm } from "./engagement/StakeholderForm";
import { StakeholderMap } from "./engagement/StakeholderMap";
import { useOrganizations } from "./shared/organizations";
import { ToolFrame } from "./shared/ToolFrame";
import { useTool } from "./shared/tool-state";

/** Step 6: the stakeholder map, the engagement plan and the "you said, we did" log. */
export default function EngagementTool() {
  useTool(engagementTool);
  useOrganizations();
  useEffect(() => {
    today.value = dayOf();
  }, []);
  const hasData = useComputed(() => {
    const d = engagement.data.value;
    return d.stakeholders.length + d.plan.length + d.feedback.length > 0;
  });
  return (
    <ToolFrame
      state={engagement}
      id="engagement-tool"
      hasData={hasData}
      noun="stakeholders, plan and log"
      example={() => import("~/lib/engagement/engagement-example").then((m) => m.engagementExample())}
      exports={exports}
      intro={
        <p>
          Place each stakeholder by power and interest, choose how much say each gets, plan who is engaged on what, and log what you heard
          and what you did about it. It is saved in this browser only.
        </p>
      }
    >
      <h3>Stakeholders</h3>
      <StakeholderForm />
      <PowerInterestGrid />
      <StakeholderMap />
      <LevelRule />
      <h3>Engagement plan</h3>
      <PlanForm />
      <EngagementPlan />
      <h3>You said, we did</h3>
      <FeedbackForm />
      <FeedbackLog />
      <EngagementPrintout />
    </ToolFrame>
  );
}
