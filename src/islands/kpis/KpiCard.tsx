import { useSignal } from "@preact/signals";
import { formatDate } from "~/lib/dates";
import { formatValue, withUnit } from "~/lib/kpis/kpi-format";
import { buildKpiChart, kpiChartData } from "~/lib/kpis/kpis-chart";
import { deleteKpi } from "~/lib/kpis/kpis-edits";
import { DIRECTION_LABEL, type Kpi, LEVEL_LABEL, contradiction } from "~/lib/kpis/kpis-tool";
import { kpiReport } from "~/lib/kpis/progress";
import { LazyChart } from "../shared/LazyChart";
import { printing, useFollowPrinting } from "../shared/printing";
import { KpiEditor } from "./KpiEditor";
import { kpiIds, kpis } from "./kpi-state";
import { MeasurementTable } from "./MeasurementTable";
import { StatusWord, useKpi } from "./KpiTables";

/** The KPIs in order, each a card; a card re-renders only when its own KPI changes. */
export function KpiList() {
  useFollowPrinting();
  return (
    <ol class="kpi-list" aria-label="Your KPIs">
      {kpiIds.value.map((id, index) => (
        <KpiCard key={id} id={id} number={index + 1} />
      ))}
    </ol>
  );
}

/** One KPI: its plan, status and chart; its editor and its measurements open on demand, so a long tracker stays light. */
function KpiCard({ id, number }: { id: string; number: number }) {
  const kpi = useKpi(id);
  // Signals, not useState: a card's own state must not make it re-render with the list.
  const editing = useSignal(false);
  const showTable = useSignal(false);
  if (!kpi) return null;
  const flag = contradiction(kpi);
  const count = kpi.measurements.length;
  const chart = count === 0 ? null : kpiChartData(kpi);
  return (
    <li class="kpi-card">
      <h3 id={`kpi-${id}-title`}>
        KPI {number}: <span class="kpi-card__name">{kpi.name}</span>
      </h3>
      <KpiFacts kpi={kpi} />
      {flag && <p class="notice notice--warning">{flag} Edit the KPI to correct the direction, the baseline or the target.</p>}
      <div class="kpi-card__actions no-print">
        <button type="button" aria-expanded={editing.value} onClick={() => (editing.value = !editing.value)}>
          Edit KPI {number}
        </button>
        <button type="button" class="button--quiet" onClick={() => kpis.apply(`Delete KPI “${kpi.name}”`, (d) => deleteKpi(d, id))}>
          Delete KPI {number}
        </button>
      </div>
      {editing.value && <KpiEditor kpi={kpi} number={number} onDone={() => (editing.value = false)} />}
      {chart === null ? (
        <p class="tool__empty">No measurements yet: status “No data”. Add one with the measurement form above.</p>
      ) : (
        <LazyChart
          data={chart}
          build={buildKpiChart}
          label={`Line chart of KPI ${number}, ${kpi.name}: actual values against the baseline, the target and the expected path. The table of measurements gives the same figures.`}
        >
          <button type="button" class="no-print" aria-expanded={showTable.value} onClick={() => (showTable.value = !showTable.value)}>
            Table of the {count} {count === 1 ? "measurement" : "measurements"} of KPI {number}
          </button>
          {/* On paper the chart is its table: the canvas does not print. */}
          {(showTable.value || printing.value) && <MeasurementTable kpi={kpi} number={number} />}
        </LazyChart>
      )}
    </li>
  );
}

function KpiFacts({ kpi }: { kpi: Kpi }) {
  const report = kpiReport(kpi);
  return (
    <p class="kpi-card__facts">
      {LEVEL_LABEL[kpi.level]}, {DIRECTION_LABEL[kpi.direction].toLowerCase()} from {withUnit(kpi.baseline, kpi.unit)} to{" "}
      {withUnit(kpi.target, kpi.unit)} between {formatDate(kpi.startDate)} and {formatDate(kpi.targetDate)}. On track within{" "}
      {formatValue(kpi.onTrackMargin)} points of the expected progress, at risk within {formatValue(kpi.atRiskMargin)}. Status:{" "}
      <StatusWord status={report.status} />
    </p>
  );
}
