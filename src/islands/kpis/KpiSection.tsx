import { useCallback, useMemo } from "preact/hooks";
import { formatDate } from "~/lib/dates";
import { newId } from "~/lib/id";
import { type KpiPlan, emptyKpiFields } from "~/lib/kpis/kpi-input";
import { DEFAULT_AT_RISK_MARGIN, DEFAULT_ON_TRACK_MARGIN, MAX_KPIS, type Kpi, type KpisData, type Measurement } from "~/lib/kpis/kpis-tool";
import { insertAt } from "~/lib/list";
import { UndoBar } from "../shared/UndoBar";
import { memo } from "../shared/memo";
import { useUndo } from "../shared/use-undo";
import { type KpiActions, KpiCard, KpiPartners } from "./KpiCard";
import { KpiForm } from "./KpiForm";
import { MeasurementForm } from "./MeasurementForm";
import { PlanTable, TrackerTable } from "./KpiTables";
import { useLatest } from "../shared/use-latest";

interface Props {
  data: KpisData;
  /** The tool state's update: stable, so the section re-renders only when its data or partners change. */
  update: (change: (data: KpisData) => KpisData) => void;
  partners: readonly string[];
}

const changeKpi = (id: string, change: (kpi: Kpi) => Kpi) => (d: KpisData) => ({
  ...d,
  kpis: d.kpis.map((k) => (k.id === id ? change(k) : k)),
});

/** Defining KPIs, recording measurements, and the tracking table, plan and charts that follow from them. */
export const KpiSection = memo(function KpiSection({ data, update, partners }: Props) {
  const { last, offer, undo, dismiss } = useUndo();
  // The data as last rendered, read by the stable handlers below at the time of the click.
  const latest = useLatest(data);
  const blankKpi = useMemo(emptyKpiFields, []);

  const actions = useMemo<KpiActions>(
    () => ({
      save: (id: string, plan: KpiPlan) => update(changeKpi(id, (k) => ({ ...k, ...plan }))),
      remove: (kpi: Kpi, number: number) => {
        const index = latest.current.kpis.findIndex((k) => k.id === kpi.id);
        update((d) => ({ ...d, kpis: d.kpis.filter((k) => k.id !== kpi.id) }));
        offer({
          message: `Deleted KPI ${number}, “${kpi.name}”, and its ${kpi.measurements.length} measurements.`,
          undo: () => update((d) => ({ ...d, kpis: insertAt(d.kpis, index, kpi) })),
        });
      },
      removeMeasurement: (kpi: Kpi, number: number, m: Measurement) => {
        const index = kpi.measurements.findIndex((x) => x.id === m.id);
        update(changeKpi(kpi.id, (k) => ({ ...k, measurements: k.measurements.filter((x) => x.id !== m.id) })));
        offer({
          message: `Deleted the measurement of ${formatDate(m.date)} from KPI ${number}.`,
          undo: () => update(changeKpi(kpi.id, (k) => ({ ...k, measurements: insertAt(k.measurements, index, m) }))),
        });
      },
    }),
    [update, offer, latest],
  );
  const addKpi = useCallback(
    (plan: KpiPlan) => update((d) => ({ ...d, kpis: [...d.kpis, { ...plan, id: newId(), measurements: [] }] })),
    [update],
  );
  const addMeasurement = useCallback(
    (kpiId: string, m: Omit<Measurement, "id">) =>
      update(changeKpi(kpiId, (k) => ({ ...k, measurements: [...k.measurements, { ...m, id: newId() }] }))),
    [update],
  );

  return (
    <section class="kpi-section" aria-labelledby="kpis-title">
      <h3 id="kpis-title">KPI tracker</h3>
      <p>
        Define each KPI once (its baseline, target and dates, and who measures it how often), then record what you measure. Progress is
        (latest actual − baseline) ÷ (target − baseline), which is also right for KPIs that should decrease; dividing the actual by the
        target is not. Expected progress is the share of the time from the start date to the target date that has passed by the latest
        measurement.
      </p>
      <p>
        Status compares the two. <strong>Achieved</strong>: progress is 100% or more. <strong>On track</strong>: progress is at most{" "}
        {DEFAULT_ON_TRACK_MARGIN} points below expected. <strong>At risk</strong>: at most {DEFAULT_AT_RISK_MARGIN} points below.{" "}
        <strong>Off track</strong>: further below. <strong>No data</strong>: nothing measured yet. Those margins are the defaults; there is
        no universal standard (ClearPoint, for one, calls 90% of target amber), so change them per KPI.
      </p>
      <KpiForm
        idPrefix="new-kpi"
        number={null}
        initial={blankKpi}
        submitLabel="Add KPI"
        partners={partners}
        full={data.kpis.length >= MAX_KPIS ? `The tracker holds at most ${MAX_KPIS} KPIs; delete one before adding another.` : null}
        onSubmit={addKpi}
      />
      <MeasurementForm kpis={data.kpis} onAdd={addMeasurement} />
      <UndoBar last={last} onUndo={undo} onDismiss={dismiss} />
      {data.kpis.length === 0 ? (
        <p class="tool__empty">No KPIs yet. Add your first one above, or load the example to see a tracker in use.</p>
      ) : (
        <>
          <TrackerTable kpis={data.kpis} />
          <PlanTable kpis={data.kpis} />
          <KpiPartners.Provider value={partners}>
            <ol class="kpi-list" aria-label="Your KPIs">
              {data.kpis.map((kpi, i) => (
                <KpiCard key={kpi.id} kpi={kpi} number={i + 1} actions={actions} />
              ))}
            </ol>
          </KpiPartners.Provider>
        </>
      )}
    </section>
  );
});
