import { useRef, useState } from "preact/hooks";
import { addMeasurement, newMeasurement } from "~/lib/kpis/kpis-edits";
import { FIRST_DATE, type FieldErrors, LAST_DATE, type MeasurementFields, readMeasurementFields } from "~/lib/kpis/kpi-input";
import { KPI_LIMITS } from "~/lib/kpis/kpis-tool";
import { SelectField, TextField, useFocusFirstError } from "../shared/fields";
import { kpiIds, kpiNames, kpis } from "./kpi-state";

const EMPTY: MeasurementFields = { kpiId: "", date: "", value: "", note: "" };

/** Records an actual value for a KPI on a date; its draft stays here, so typing re-renders only this form. */
export function MeasurementForm() {
  const ids = kpiIds.value;
  const names = kpiNames.value;
  const [fields, setFields] = useState<MeasurementFields>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<MeasurementFields>>({});
  const form = useRef<HTMLFormElement>(null);
  const focusError = useFocusFirstError(form);
  // Until the reader picks one, the form offers the KPI added last.
  const kpiId = ids.includes(fields.kpiId) ? fields.kpiId : (ids.at(-1) ?? "");
  const options = ids.length === 0 ? [{ value: "", label: "Add a KPI first" }] : ids.map((id, i) => ({ value: id, label: names[i] ?? "" }));
  const set = (key: keyof MeasurementFields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const submit = (event: Event) => {
    event.preventDefault();
    const read = readMeasurementFields({ ...fields, kpiId }, kpis.data.peek().kpis);
    if (!read.ok) {
      setErrors(read.errors);
      return focusError();
    }
    const { kpiId: id, ...measured } = read.value;
    const name = names[ids.indexOf(id)] ?? "";
    kpis.apply(`Record a measurement of “${name}”`, (d) => addMeasurement(d, id, newMeasurement(measured)));
    setErrors({});
    setFields((f) => ({ ...f, kpiId: id, value: "", note: "" }));
  };
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
