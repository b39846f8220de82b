import { createContext } from "preact";
import { useContext, useMemo, useState } from "preact/hooks";
import { formatDate } from "~/lib/dates";
import { formatValue, withUnit } from "~/lib/kpis/kpi-format";
import { type KpiPlan, kpiToFields } from "~/lib/kpis/kpi-input";
import { buildKpiChart, kpiChartData } from "~/lib/kpis/kpis-chart";
import { DIRECTION_LABEL, type Kpi, LEVEL_LABEL, type Measurement, contradiction } from "~/lib/kpis/kpis-tool";
import { byDate, expectedValue, formatPercent, kpiReport, progress } from "~/lib/kpis/progress";
import { LazyChart } from "../shared/LazyChart";
import { KpiForm } from "./KpiForm";
import { StatusWord } from "./KpiTables";
import { memo } from "../shared/memo";

/** What a card can do to the tracker; one stable object shared by every card. */
export interface KpiActions {
  save: (id: string, plan: KpiPlan) => void;
  remove: (kpi: Kpi, number: number) => void;
  removeMeasurement: (kpi: Kpi, number: number, measurement: Measurement) => void;
}

/**
 * Partner names offered in the edit forms. A context rather than a prop, so that adding a partner re-renders
 * only the edit forms that are open, not every card.
 */
export const KpiPartners = createContext<readonly string[]>([]);

interface Props {
  kpi: Kpi;
  number: number;
  actions: KpiActions;
}

/** One KPI: its plan, its status, its chart and its measurements. Re-renders only when its own props change. */
export const KpiCard = memo(function KpiCard({ kpi, number, actions }: Props) {
  const [editing, setEditing] = useState(false);
  const report = kpiReport(kpi);
  const flag = contradiction(kpi);
  const chart = kpi.measurements.length > 0 ? kpiChartData(kpi) : null;
  return (
    <li class="kpi-card">
      <h4 id={`kpi-${kpi.id}-title`}>
        KPI {number}: <span class="kpi-card__name">{kpi.name}</span>
      </h4>
      <p class="kpi-card__facts">
        {LEVEL_LABEL[kpi.level]}, {DIRECTION_LABEL[kpi.direction].toLowerCase()} from {withUnit(kpi.baseline, kpi.unit)} to{" "}
        {withUnit(kpi.target, kpi.unit)} between {formatDate(kpi.startDate)} and {formatDate(kpi.targetDate)}. On track within{" "}
        {formatValue(kpi.onTrackMargin)} points of the expected progress, at risk within {formatValue(kpi.atRiskMargin)}. Status:{" "}
        <StatusWord status={report.status} />
      </p>
      {flag && <p class="notice notice--warning">{flag} Edit the KPI to correct the direction, the baseline or the target.</p>}
      <div class="kpi-card__actions no-print">
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          Edit KPI {number}
        </button>
        <button type="button" class="button--quiet" onClick={() => actions.remove(kpi, number)}>
          Delete KPI {number}
        </button>
      </div>
      {editing && (
        <EditForm
          kpi={kpi}
          number={number}
          onSubmit={(plan) => {
            actions.save(kpi.id, plan);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {chart ? (
        <LazyChart
          data={chart}
          build={buildKpiChart}
          label={`Line chart of KPI ${number}, ${kpi.name}: actual values against the baseline, the target and the expected path. The table below gives the same figures.`}
        >
          <MeasurementTable kpi={kpi} number={number} onDelete={(m) => actions.removeMeasurement(kpi, number, m)} />
        </LazyChart>
      ) : (
        <p class="tool__empty">No measurements yet: status “No data”. Add one with the measurement form above.</p>
      )}
    </li>
  );
});

interface EditProps {
  kpi: Kpi;
  number: number;
  onSubmit: (plan: KpiPlan) => void;
  onCancel: () => void;
}

/** The open edit form of a KPI: the one part of a card that follows the partner list. */
function EditForm({ kpi, number, onSubmit, onCancel }: EditProps) {
  const partners = useContext(KpiPartners);
  const initial = useMemo(() => kpiToFields(kpi), [kpi]);
  return (
    <KpiForm
      idPrefix={`edit-${kpi.id}`}
      number={number}
      initial={initial}
      submitLabel={`Save KPI ${number}`}
      partners={partners}
      onSubmit={onSubmit}
      onCancel={onCancel}
    />
  );
}

interface TableProps {
  kpi: Kpi;
  number: number;
  onDelete: (measurement: Measurement) => void;
}

function MeasurementTable({ kpi, number, onDelete }: TableProps) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`Measurements of KPI ${number}, scrolls sideways`}>
      <table class="data-table">
        <caption>
          Measurements of KPI {number}: {kpi.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col" class="num">
              Actual value
            </th>
            <th scope="col" class="num">
              Expected by then
            </th>
            <th scope="col" class="num">
              Progress
            </th>
            <th scope="col">Note</th>
            <th scope="col" class="no-print">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {byDate(kpi.measurements).map((m) => {
            const expected = expectedValue(kpi, m.date);
            const ratio = progress(kpi.baseline, kpi.target, m.value);
            return (
              <tr key={m.id}>
                <th scope="row">{formatDate(m.date)}</th>
                <td class="num">{withUnit(m.value, kpi.unit)}</td>
                <td class="num">{expected === null ? "–" : formatValue(expected)}</td>
                <td class="num">{ratio === null ? "no ratio" : formatPercent(ratio)}</td>
                <td>{m.note}</td>
                <td class="no-print">
                  <button type="button" class="button--quiet" onClick={() => onDelete(m)}>
                    Delete
                    <span class="visually-hidden">
                      {" "}
                      the measurement of {formatDate(m.date)} from KPI {number}
                    </span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
