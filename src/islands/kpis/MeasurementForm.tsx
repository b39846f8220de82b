import { addMeasurement, newMeasurement } from "~/lib/kpis/kpis-edits";
import { FIRST_DATE, LAST_DATE, type MeasurementFields, readMeasurementFields } from "~/lib/kpis/kpi-input";
import { KPI_LIMITS } from "~/lib/kpis/kpis-tool";
import { SelectField, TextField } from "../shared/fields";
import { useRowForm } from "../shared/row-form";
import { kpiIds, kpiNames, kpis } from "./kpi-state";

const EMPTY: MeasurementFields = { kpiId: "", date: "", value: "", note: "" };

/** Records an actual value for a KPI on a date; its draft stays here, so typing re-renders only this form. */
export function MeasurementForm() {
  const ids = kpiIds.value;
  const names = kpiNames.value;
  // Until the reader picks one, the form offers the KPI added last.
  const kpiIdOf = (f: MeasurementFields) => (ids.includes(f.kpiId) ? f.kpiId : (ids.at(-1) ?? ""));
  const { fields, errors, form, set, submit } = useRowForm(
    EMPTY,
    (f) => readMeasurementFields({ ...f, kpiId: kpiIdOf(f) }, kpis.data.peek().kpis),
    ({ kpiId: id, ...measured }, f) => {
      const name = names[ids.indexOf(id)] ?? "";
      kpis.apply(`Record a measurement of “${name}”`, (d) => addMeasurement(d, id, newMeasurement(measured)));
      return { ...f, kpiId: id, value: "", note: "" };
    },
  );
  const kpiId = kpiIdOf(fields);
  const options = ids.length === 0 ? [{ value: "", label: "Add a KPI first" }] : ids.map((id, i) => ({ value: id, label: names[i] ?? "" }));
  return (
    <form ref={form} class="tool-form" aria-label="Add a measurement" noValidate onSubmit={submit}>
      <SelectField id="measurement-kpi" label="KPI" value={kpiId} options={options} error={errors.kpiId} onValue={set("kpiId")} />
      <TextField
        id="measurement-date"
        label="Date"
        type="date"
        min={FIRST_DATE}
        max={LAST_DATE}
        value={fields.date}
        error={errors.date}
        onValue={set("date")}
      />
      <TextField
        id="measurement-value"
        label="Actual value"
        inputMode="decimal"
        value={fields.value}
        error={errors.value}
        onValue={set("value")}
      />
      <TextField
        id="measurement-note"
        label="Note (optional)"
        wide
        maxLength={KPI_LIMITS.note}
        value={fields.note}
        error={errors.note}
        onValue={set("note")}
      />
      <button type="submit" class="button--primary">
        Add measurement
      </button>
    </form>
  );
}
