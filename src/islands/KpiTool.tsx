import "~/styles/kpis.css";
import { useEffect, useMemo, useState } from "preact/hooks";
import { healthTool } from "~/lib/health/health-tool";
import { measurementsCsv, trackingCsv } from "~/lib/kpis/kpis-csv";
import { kpisTool } from "~/lib/kpis/kpis-tool";
import { storedPartnerNames } from "~/lib/partners";
import { browserStorage } from "~/lib/storage/safe-storage";
import { KpiSection } from "./kpis/KpiSection";
import { combineSaveStatus } from "./kpis/save-status";
import { downloadText, todayStamp } from "./shared/download";
import { SaveNotice } from "./shared/SaveNotice";
import { ToolBar } from "./shared/ToolBar";
import { useToolState } from "./shared/use-tool-state";

const CSV = "text/csv;charset=utf-8";

/**
 * Step 8: the KPI tracker and the partnership health check, each saved on its own.
 * This shell re-renders on every change and save of either tool, so it holds only the notices and the toolbar;
 * the two sections are memoised and receive only their own data and stable callbacks, so an answer in the health
 * check does not re-render the KPI tracker, and a finished save re-renders neither.
 */
export default function KpiTool() {
  const kpis = useToolState(kpisTool);
  const health = useToolState(healthTool);
  const [partners, setPartners] = useState<string[]>([]);
  useEffect(() => setPartners(storedPartnerNames(browserStorage())), []);
  const healthPartners = health.data.partners;
  const kpiPartners = useMemo(() => [...new Set([...partners, ...healthPartners])], [partners, healthPartners]);
  const [kpiSave, healthSave] = combineSaveStatus(kpis.save, health.save);
  const hasKpis = kpis.data.kpis.length > 0;
  const hasHealth = healthTool.summarize(health.data) !== "";

  return (
    <section class="tool kpi-tool" aria-labelledby="kpi-tool-title" data-pagefind-ignore>
      <h2 id="kpi-tool-title">KPI tracker and partnership health check</h2>
      <p>Track your KPIs against their targets and check the health of the partnership itself. Everything is saved in this browser only.</p>
      <SaveNotice state={{ ...kpis, save: kpiSave }} title={kpisTool.title} />
      <SaveNotice state={{ ...health, save: healthSave }} title={healthTool.title} />
      <ToolBar
        hasData={hasKpis || hasHealth}
        noun="KPIs, measurements and health check answers"
        onExample={async () => {
          // The examples load only when asked for, keeping them out of the page's first download.
          const [{ kpisExample }, { healthExample }] = await Promise.all([
            import("~/lib/kpis/kpis-example"),
            import("~/lib/health/health-example"),
          ]);
          kpis.update(() => kpisExample());
          health.update(() => healthExample());
        }}
        onClear={() => {
          kpis.update(() => kpisTool.empty());
          health.update(() => healthTool.empty());
        }}
      >
        <button
          type="button"
          disabled={!hasKpis}
          onClick={() => downloadText(`pivotpath-kpi-tracker-${todayStamp()}.csv`, trackingCsv(kpis.data.kpis), CSV)}
        >
          Download the KPI tracker (CSV)
        </button>
        <button
          type="button"
          disabled={!hasKpis}
          onClick={() => downloadText(`pivotpath-kpi-measurements-${todayStamp()}.csv`, measurementsCsv(kpis.data.kpis), CSV)}
        >
          Download the measurements (CSV)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </ToolBar>
      <KpiSection data={kpis.data} update={kpis.update} partners={kpiPartners} />
    </section>
  );
}
