import { formatDate } from "~/lib/dates";
import { formatGap, formatValue } from "~/lib/kpis/kpi-format";
import { DIRECTION_LABEL, FREQUENCY_LABEL, type Kpi, LEVEL_LABEL, contradiction } from "~/lib/kpis/kpis-tool";
import { type KpiReport, STATUS_LABEL, type Status, formatPercent, kpiReport } from "~/lib/kpis/progress";
import { memo } from "../shared/memo";

/** A status as a word, with a class whose colour only repeats it. */
export function StatusWord({ status }: { status: Status }) {
  return <span class={`kpi-status kpi-status--${status}`}>{STATUS_LABEL[status]}</span>;
}

function ProgressCell({ report }: { report: KpiReport }) {
  if (!report.latest) return <td class="num">–</td>;
  if (report.progress === null) return <td>No ratio: the target equals the baseline</td>;
  return <td class="num">{formatPercent(report.progress)}</td>;
}

const TrackerRow = memo(function TrackerRow({ kpi }: { kpi: Kpi }) {
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
      <td>
        <StatusWord status={report.status} />
        {report.gap !== null && report.status !== "achieved" && (
          <>
            {" "}
            <span class="kpi-date">{formatGap(report.progress ?? 0, report.expected ?? 0)}</span>
          </>
        )}
      </td>
    </tr>
  );
});

/** The tracking table: each KPI's baseline, target, latest actual, progress, expected progress and status. */
export const TrackerTable = memo(function TrackerTable({ kpis }: { kpis: readonly Kpi[] }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="KPI tracker table, scrolls sideways">
      <table class="data-table data-table--compact kpi-tracker">
        <caption>KPI tracker: progress at the latest measurement</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col" class="num">
              Baseline
            </th>
            <th scope="col" class="num">
              Target
            </th>
            <th scope="col" class="num">
              Latest actual
            </th>
            <th scope="col" class="num">
              Progress
            </th>
            <th scope="col" class="num">
              Expected progress
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => (
            <TrackerRow key={kpi.id} kpi={kpi} />
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** The M&E plan: what is measured, how, how often and by whom. */
export const PlanTable = memo(function PlanTable({ kpis }: { kpis: readonly Kpi[] }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="M&E plan table, scrolls sideways">
      <table class="data-table kpi-plan">
        <caption>M&amp;E plan</caption>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col">Level</th>
            <th scope="col">Unit</th>
            <th scope="col">Direction</th>
            <th scope="col" class="num">
              Baseline
            </th>
            <th scope="col" class="num">
              Target
            </th>
            <th scope="col">Period</th>
            <th scope="col">Data source</th>
            <th scope="col">Collection method</th>
            <th scope="col">Frequency</th>
            <th scope="col">Responsible</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi) => (
            <PlanRow key={kpi.id} kpi={kpi} />
          ))}
        </tbody>
      </table>
    </div>
  );
});

/** One KPI in the M&E plan; re-rendered only when that KPI changes. */
const PlanRow = memo(function PlanRow({ kpi }: { kpi: Kpi }) {
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
});
