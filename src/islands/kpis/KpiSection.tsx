import { formatDate } from "~/lib/dates";
import { newId } from "~/lib/id";
import { emptyKpiFields } from "~/lib/kpis/kpi-input";
import { DEFAULT_AT_RISK_MARGIN, DEFAULT_ON_TRACK_MARGIN, MAX_KPIS, type Kpi, type KpisData, type Measurement } from "~/lib/kpis/kpis-tool";
import { UndoBar } from "../shared/UndoBar";
import type { ToolState } from "../shared/use-tool-state";
import { useUndo } from "../shared/use-undo";
import { KpiCard } from "./KpiCard";
import { KpiForm } from "./KpiForm";
import { MeasurementForm } from "./MeasurementForm";
import { PlanTable, TrackerTable } from "./KpiTables";

interface Props {
  state: ToolState<KpisData>;
  partners: readonly string[];
}

const changeKpi = (id: string, change: (kpi: Kpi) => Kpi) => (d: KpisData) => ({ ...d, kpis: d.kpis.map((k) => (k.id === id ? change(k) : k)) });

/** Defining KPIs, recording measurements, and the tracking table, plan and charts that follow from them. */
export function KpiSection({ state, partners }: Props) {
  const { data, update } = state;
  const undo = useUndo();

  const deleteKpi = (kpi: Kpi, number: number) => {
    const index = data.kpis.findIndex((k) => k.id === kpi.id);
    update((d) => ({ ...d, kpis: d.kpis.filter((k) => k.id !== kpi.id) }));
    undo.offer({
      message: `Deleted KPI ${number}, “${kpi.name}”, and its ${kpi.measurements.length} measurements.`,
      undo: () =>
        update((d) => {
          const kpis = [...d.kpis];
          kpis.splice(Math.min(index, kpis.length), 0, kpi);
          return { ...d, kpis };
        }),
    });
  };

  const deleteMeasurement = (kpi: Kpi, number: number, m: Measurement) => {
    const index = kpi.measurements.findIndex((x) => x.id === m.id);
    update(changeKpi(kpi.id, (k) => ({ ...k, measurements: k.measurements.filter((x) => x.id !== m.id) })));
    undo.offer({
      message: `Deleted the measurement of ${formatDate(m.date)} from KPI ${number}.`,
      undo: () =>
        update(
          changeKpi(kpi.id, (k) => {
            const measurements = [...k.measurements];
            measurements.splice(Math.min(index, measurements.length), 0, m);
            return { ...k, measurements };
          }),
        ),
    });
  };

  return (
    <section class="kpi-section" aria-labelledby="kpis-title">
      <h3 id="kpis-title">KPI tracker</h3>
      <p>
        Define each KPI once (its baseline, target and dates, and who measures it how often), then record what you measure.
        Progress is (latest actual − baseline) ÷ (target − baseline), which is also right for KPIs that should decrease; dividing
        the actual by the target is not. Expected progress is the share of the time from the start date to the target date that
        has passed by the latest measurement.
      </p>
      <p>
        Status compares the two. <strong>Achieved</strong>: progress is 100% or more. <strong>On track</strong>: progress is at
        most {DEFAULT_ON_TRACK_MARGIN} points below expected. <strong>At risk</strong>: at most {DEFAULT_AT_RISK_MARGIN} points
        below. <strong>Off track</strong>: further below. <strong>No data</strong>: nothing measured yet. Those margins are the
        defaults; there is no universal standard (ClearPoint, for one, calls 90% of target amber), so change them per KPI.
      </p>
      <KpiForm
        idPrefix="new-kpi"
        number={null}
        initial={emptyKpiFields()}
        submitLabel="Add KPI"
        partners={partners}
        full={data.kpis.length >= MAX_KPIS ? `The tracker holds at most ${MAX_KPIS} KPIs; delete one before adding another.` : null}
        onSubmit={(plan) => update((d) => ({ ...d, kpis: [...d.kpis, { ...plan, id: newId(), measurements: [] }] }))}
      />
      <MeasurementForm
        kpis={data.kpis}
        onAdd={(kpiId, m) => update(changeKpi(kpiId, (k) => ({ ...k, measurements: [...k.measurements, { ...m, id: newId() }] })))}
      />
      <UndoBar last={undo.last} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {data.kpis.length === 0 ? (
        <p class="tool__empty">No KPIs yet. Add your first one above, or load the example to see a tracker in use.</p>
      ) : (
        <>
          <TrackerTable kpis={data.kpis} />
          <PlanTable kpis={data.kpis} />
          <ol class="kpi-list" aria-label="Your KPIs">
            {data.kpis.map((kpi, i) => (
              <KpiCard
                key={kpi.id}
                kpi={kpi}
                number={i + 1}
                partners={partners}
                onSave={(plan) => update(changeKpi(kpi.id, (k) => ({ ...k, ...plan })))}
                onDelete={() => deleteKpi(kpi, i + 1)}
                onDeleteMeasurement={(m) => deleteMeasurement(kpi, i + 1, m)}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
