import { newId } from "../id";
import type { KpiPlan } from "./kpi-input";
import type { Kpi, KpisData, Measurement } from "./kpis-tool";

/** A new KPI with no measurements yet. */
export function newKpi(plan: KpiPlan, id = newId()): Kpi {
  return { ...plan, id, measurements: [] };
}

export function addKpi(data: KpisData, kpi: Kpi): KpisData {
  return { ...data, kpis: [...data.kpis, kpi] };
}

/** Changes the KPI with `id` through `change`; the data is returned as it was when there is no such KPI or nothing changes. */
function changeKpi(data: KpisData, id: string, change: (kpi: Kpi) => Kpi): KpisData {
  let changed = false;
  const kpis = data.kpis.map((kpi) => {
    if (kpi.id !== id) return kpi;
    const next = change(kpi);
    changed = next !== kpi;
    return next;
  });
  return changed ? { ...data, kpis } : data;
}

/** Changes fields of a KPI's plan (name, figures, dates, M&E plan); the same data back when nothing changes. */
export function editKpi(data: KpisData, id: string, change: Partial<KpiPlan>): KpisData {
  return changeKpi(data, id, (kpi) => {
    const next = { ...kpi, ...change };
    return (Object.keys(change) as (keyof KpiPlan)[]).some((key) => next[key] !== kpi[key]) ? next : kpi;
  });
}

export function deleteKpi(data: KpisData, id: string): KpisData {
  const kpis = data.kpis.filter((kpi) => kpi.id !== id);
  return kpis.length === data.kpis.length ? data : { ...data, kpis };
}

/** A new measurement. */
export function newMeasurement(fields: Omit<Measurement, "id">, id = newId()): Measurement {
  return { ...fields, id };
}

/** Records a measurement for the KPI with `kpiId`; the same data back when there is no such KPI. */
export function addMeasurement(data: KpisData, kpiId: string, measurement: Measurement): KpisData {
  return changeKpi(data, kpiId, (kpi) => ({ ...kpi, measurements: [...kpi.measurements, measurement] }));
}

export function deleteMeasurement(data: KpisData, kpiId: string, measurementId: string): KpisData {
  return changeKpi(data, kpiId, (kpi) => {
    const measurements = kpi.measurements.filter((m) => m.id !== measurementId);
    return measurements.length === kpi.measurements.length ? kpi : { ...kpi, measurements };
  });
}
