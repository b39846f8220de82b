import { useRef, useState } from "preact/hooks";
import { type FieldErrors, type MeasurementFields, readMeasurementFields } from "~/lib/kpis/kpi-input";
import type { Kpi, Measurement } from "~/lib/kpis/kpis-tool";
import { Field, SelectField, focusFirstInvalid } from "./Field";
import { memo } from "../shared/memo";

interface Props {
  kpis: readonly Kpi[];
  onAdd: (kpiId: string, measurement: Omit<Measurement, "id">) => void;
}

const EMPTY: MeasurementFields = { kpiId: "", date: "", value: "", note: "" };

/** Records an actual value for a KPI on a date; its draft stays here, so typing re-renders only this form. */
export const MeasurementForm = memo(function MeasurementForm({ kpis, onAdd }: Props) {
  const [fields, setFields] = useState<MeasurementFields>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<MeasurementFields>>({});
  const formRef = useRef<HTMLFormElement>(null);
  // Until the reader picks one, the form offers the KPI added last.
  const kpiId = kpis.some((k) => k.id === fields.kpiId) ? fields.kpiId : (kpis[kpis.length - 1]?.id ?? "");
  const set = (key: keyof MeasurementFields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  return (
    <form
      ref={formRef}
      class="tool-form"
      aria-label="Add a measurement"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const read = readMeasurementFields({ ...fields, kpiId }, kpis);
        if (!read.ok) {
          setErrors(read.errors);
          focusFirstInvalid(formRef.current);
          return;
        }
        const { kpiId: id, ...measurement } = read.value;
        setErrors({});
        onAdd(id, measurement);
        setFields((f) => ({ ...f, kpiId: id, value: "", note: "" }));
      }}
    >
      <SelectField
        id="measurement-kpi"
        label="KPI"
        value={kpiId}
        options={kpis.length === 0 ? [{ value: "", label: "Add a KPI first" }] : kpis.map((k) => ({ value: k.id, label: k.name }))}
        onChange={set("kpiId")}
        error={errors.kpiId}
      />
      <Field id="measurement-date" label="Date" kind="date" value={fields.date} onInput={set("date")} error={errors.date} />
      <Field id="measurement-value" label="Actual value" kind="decimal" value={fields.value} onInput={set("value")} error={errors.value} />
      <Field
        id="measurement-note"
        label="Note (optional)"
        maxLength={500}
        wide
        value={fields.note}
        onInput={set("note")}
        error={errors.note}
      />
      <button type="submit" class="button--primary">
        Add measurement
      </button>
    </form>
  );
});
