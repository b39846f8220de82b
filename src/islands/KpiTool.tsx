import "~/styles/kpis.css";
import { useEffect } from "preact/hooks";
import { followResponsible } from "~/lib/kpis/kpi-partners";
import { kpisExports } from "~/lib/kpis/kpis-exports";
import { DEFAULT_AT_RISK_MARGIN, DEFAULT_ON_TRACK_MARGIN, kpisTool } from "~/lib/kpis/kpis-tool";
import { storedPartnerNames } from "~/lib/partners";
import { browserStorage } from "~/lib/storage/safe-storage";
import { KpiList } from "./kpis/KpiCard";
import { KpiForm } from "./kpis/KpiForm";
import { PARTNER_LIST_ID, hasKpis, kpis, partnerNames } from "./kpis/kpi-state";
import { PlanTable, TrackerTable } from "./kpis/KpiTables";
import { MeasurementForm } from "./kpis/MeasurementForm";
import { useOrganizationLinks } from "./shared/organization-links";
import { ToolFrame } from "./shared/ToolFrame";
import { useTool } from "./shared/tool-state";

/** Step 8: the KPI tracker. */
export default function KpiTool() {
  useTool(kpisTool);
  useOrganizationLinks(kpis, followResponsible);
  useEffect(() => {
    partnerNames.value = storedPartnerNames(browserStorage());
  }, []);
  return (
    <ToolFrame
      state={kpis}
      id="kpi-tool"
      hasData={hasKpis}
      noun="KPIs and measurements"
      example={() => import("~/lib/kpis/kpis-example").then((m) => m.kpisExample())}
      exports={kpisExports}
      intro={<Intro />}
    >
      <PartnerList />
      <KpiForm />
      <MeasurementForm />
      <Tracker />
    </ToolFrame>
  );
}

function Intro() {
  return (
    <>
      <p>
        Define each KPI once (its baseline, target and dates, and who measures it how often), then record what you measure. It is saved in
        this browser only. Progress is (latest actual − baseline) ÷ (target − baseline), which is also right for KPIs that should decrease;
        dividing the actual by the target is not. Expected progress is the share of the time from the start date to the target date that has
        passed by the latest measurement.
      </p>
      <p>
        Status compares the two. <strong>Achieved</strong>: progress is 100% or more. <strong>On track</strong>: progress is at most{" "}
        {DEFAULT_ON_TRACK_MARGIN} points below expected. <strong>At risk</strong>: at most {DEFAULT_AT_RISK_MARGIN} points below.{" "}
        <strong>Off track</strong>: further below. <strong>No data</strong>: nothing measured yet. Those margins are the defaults; there is
        no universal standard (ClearPoint, for one, calls 90% of target amber), so change them per KPI.
      </p>
    </>
  );
}

/** Partner names from step 2 and the costing tool, offered by every "Responsible partner" field. */
function PartnerList() {
  return (
    <datalist id={PARTNER_LIST_ID}>
      {partnerNames.value.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}

function Tracker() {
  if (!hasKpis.value) {
    return <p class="tool__empty">No KPIs yet. Add your first one above, or load the example to see a tracker in use.</p>;
  }
  return (
    <>
      <TrackerTable />
      <PlanTable />
      <KpiList />
    </>
  );
}
