import { useComputed } from "@preact/signals";
import { formatDate } from "~/lib/dates";
import { formatGap, formatValue } from "~/lib/kpis/kpi-format";
import { DIRECTION_LABEL, FREQUENCY_LABEL, type Kpi, LEVEL_LABEL, contradiction } from "~/lib/kpis/kpis-tool";
import { type KpiReport, STATUS_LABEL, type Status, formatPercent, kpiReport } from "~/lib/kpis/progress";
import { kpiById, kpiIds } from "./kpi-state";

/** A status as a word, with a class whose colour only repeats it. */
export function StatusWord({ status }: { status: Status }) {
  return <span class={`kpi-status kpi-status--${status}`}>{STATUS_LABEL[status]}</span>;
}

/** The KPI with `id`, re-rendering the component that reads it only when that KPI changes. */
export function useKpi(id: string): Kpi | undefined {
  return useComputed(() => kpiById.value.get(id)).value;
}

function ProgressCell({ report }: { report: KpiReport }) {
  if (!report.latest) return <td class="num">–</td>;
  if (report.progress === null) return <td>No ratio: the target equals the baseline</td>;
  return <td class="num">{formatPercent(report.progress)}</td>;
}

/** "On track" and, beside it, how progress stands against the expected progress. */
export function StatusCell({ report }: { report: KpiReport }) {
  const gap = report.progress !== null && report.expected !== null && report.status !== "achieved";
  return (
    <td>
      <StatusWord status={report.status} />
      {gap && (
        <>
          {" "}
          <span class="kpi-date">{formatGap(report.progress ?? 0, report.expected ?? 0)}</span>
        </>
      )}
    </td>
  );
}

function TrackerRow({ id }: { id: string }) {
  const kpi = useKpi(id);
  if (!kpi) return null;
  const report = kpiReport(kpi);
  const flag = contradiction(kpi);
  return (
    <tr>
      <th scope="row">
        {kpi.name}
        {kpi.unit && (
          <>
            {" "}
            <span class="kpi-unit">{kpi.unit}</span>
          </>
        )}
        {flag && (
          <>
            {" "}
            <span class="kpi-flag">{flag}</span>
          </>
        )}
      </th>
      <td class="num">{formatValue(kpi.baseline)}</td>
      <td class="num">{formatValue(kpi.target)}</td>
      <td class="num">
        {report.latest ? (
          <>
            {formatValue(report.latest.value)} <span class="kpi-date">{formatDate(report.latest.date)}</span>
          </>
        ) : (
          "–"
        )}
      </td>
      <ProgressCell report={report} />
      <td class="num">{report.expected === null ? "–" : formatPercent(report.expected)}</td>
      <StatusCell report={report} />
    </tr>
  );
}

const TRACKER_COLUMNS = ["Baseline", "Target", "Latest actual", "Progress", "Expected progress"];

/** The tracking table: each KPI's baseline, target, latest actual, progress, expected progress and status. */
export function TrackerTable() {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="KPI tracker table, scrolls sideways">
      <table class="data-table data-table--compact kpi-tracker">
        <caption>KPI tracker: progress at the latest measurement</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            {TRACKER_COLUMNS.map((name) => (
              <th key={name} scope="col" class="num">
                {name}
              </th>
            ))}
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {kpiIds.value.map((id) => (
            <TrackerRow key={id} id={id} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const PLAN_COLUMNS = ["Level", "Unit", "Direction", "Baseline", "Target", "Period", "Data source", "Collection method", "Frequency"];

/** The M&E plan: what is measured, how, how often and by whom. */
export function PlanTable() {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="M&E plan table, scrolls sideways">
      <table class="data-table kpi-plan">
        <caption>M&amp;E plan</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            {PLAN_COLUMNS.map((name) => (
              <th key={name} scope="col" class={name === "Baseline" || name === "Target" ? "num" : undefined}>
                {name}
              </th>
            ))}
            <th scope="col">Responsible</th>
          </tr>
        </thead>
        <tbody>
          {kpiIds.value.map((id) => (
            <PlanRow key={id} id={id} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One KPI in the M&E plan; re-rendered only when that KPI changes. */
function PlanRow({ id }: { id: string }) {
  const kpi = useKpi(id);
  if (!kpi) return null;
  return (
    <tr>
      <th scope="row">{kpi.name}</th>
      <td>{LEVEL_LABEL[kpi.level]}</td>
      <td>{kpi.unit || "–"}</td>
      <td>{DIRECTION_LABEL[kpi.direction]}</td>
      <td class="num">{formatValue(kpi.baseline)}</td>
      <td class="num">{formatValue(kpi.target)}</td>
      <td>
        <span class="kpi-nowrap">{formatDate(kpi.startDate)}</span> to <span class="kpi-nowrap">{formatDate(kpi.targetDate)}</span>
      </td>
      <td>{kpi.source || "–"}</td>
      <td>{kpi.method || "–"}</td>
      <td>{FREQUENCY_LABEL[kpi.frequency]}</td>
      <td>{kpi.responsible || "–"}</td>
    </tr>
  );
}
