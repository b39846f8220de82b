import { useMemo, useRef, useState } from "preact/hooks";
import { type FieldErrors, type KpiFields, type KpiPlan, readKpiFields } from "~/lib/kpis/kpi-input";
import { DIRECTIONS, DIRECTION_LABEL, FREQUENCIES, FREQUENCY_LABEL, LEVELS, LEVEL_LABEL, contradiction } from "~/lib/kpis/kpis-tool";
import { parseNumber } from "~/lib/number-parse";
import { Field, type FieldProps, SelectField, focusFirstInvalid } from "./Field";
import { memo } from "../shared/memo";

interface Props {
  /** Prefix of every element id in the form. */
  idPrefix: string;
  /** Null for the add form; the KPI's number when editing, so labels read "Target of KPI 2". */
  number: number | null;
  initial: KpiFields;
  submitLabel: string;
  onSubmit: (plan: KpiPlan) => void;
  onCancel?: () => void;
  /** Partner names offered for "Responsible partner". */
  partners: readonly string[];
  /** Why no KPI can be added now (the tracker is full), or null. */
  full?: string | null;
}

const LABELS: Record<keyof KpiFields, [add: string, edit: string]> = {
  name: ["KPI name", "Name"],
  level: ["Level", "Level"],
  unit: ["Unit", "Unit"],
  direction: ["Direction", "Direction"],
  baseline: ["Baseline", "Baseline"],
  target: ["Target", "Target"],
  startDate: ["Start date", "Start date"],
  targetDate: ["Target date", "Target date"],
  source: ["Data source", "Data source"],
  method: ["Collection method", "Collection method"],
  frequency: ["Frequency", "Frequency"],
  responsible: ["Responsible partner", "Responsible partner"],
  onTrackMargin: ["On track within (points)", "On track within (points)"],
  atRiskMargin: ["At risk within (points)", "At risk within (points)"],
};

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));
const LEVEL_OPTIONS = options(LEVELS, LEVEL_LABEL);
const DIRECTION_OPTIONS = options(DIRECTIONS, DIRECTION_LABEL);
const FREQUENCY_OPTIONS = options(FREQUENCIES, FREQUENCY_LABEL);
const KEYS = Object.keys(LABELS) as (keyof KpiFields)[];

/**
 * The KPI's M&E plan as a form: used to add a KPI and to edit one. The draft stays in the form: a keystroke
 * re-renders the form (and only the field whose value changed), never the tracker around it.
 */
export const KpiForm = memo(function KpiForm({ idPrefix, number, initial, submitLabel, onSubmit, onCancel, partners, full = null }: Props) {
  const [fields, setFields] = useState<KpiFields>(initial);
  const [errors, setErrors] = useState<FieldErrors<KpiFields>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const label = (key: keyof KpiFields) => (number === null ? LABELS[key][0] : `${LABELS[key][1]} of KPI ${number}`);
  // One stable setter per field, so unchanged fields keep identical props and skip re-rendering.
  const set = useMemo(
    () =>
      Object.fromEntries(KEYS.map((key) => [key, (value: string) => setFields((f) => ({ ...f, [key]: value }))])) as Record<
        keyof KpiFields,
        (value: string) => void
      >,
    [],
  );
  const field = (key: keyof KpiFields, extra: Partial<FieldProps> = {}) => (
    <Field id={`${idPrefix}-${key}`} label={label(key)} value={fields[key]} onInput={set[key]} error={errors[key]} {...extra} />
  );
  const baseline = parseNumber(fields.baseline);
  const target = parseNumber(fields.target);
  const warning =
    baseline === null || target === null
      ? null
      : contradiction({ baseline, target, direction: fields.direction === "decrease" ? "decrease" : "increase" });
  const listId = `${idPrefix}-partners`;

  return (
    <form
      ref={formRef}
      class="tool-form kpi-form"
      aria-label={number === null ? "Add a KPI" : `Edit KPI ${number}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const read = readKpiFields(fields);
        if (!read.ok || full) {
          setErrors(read.ok ? { name: full ?? "" } : read.errors);
          focusFirstInvalid(formRef.current);
          return;
        }
        setErrors({});
        onSubmit(read.value);
        // A partnership's KPIs usually share its dates, so the next KPI starts with them.
        if (number === null) setFields({ ...initial, startDate: fields.startDate, targetDate: fields.targetDate });
      }}
    >
      {field("name", { maxLength: 200, wide: true })}
      <SelectField id={`${idPrefix}-level`} label={label("level")} value={fields.level} options={LEVEL_OPTIONS} onChange={set.level} />
      {field("unit", { maxLength: 40, hint: "e.g. households, %, miles" })}
      <SelectField
        id={`${idPrefix}-direction`}
        label={label("direction")}
        value={fields.direction}
        options={DIRECTION_OPTIONS}
        onChange={set.direction}
      />
      {field("baseline", { kind: "decimal" })}
      {field("target", { kind: "decimal" })}
      <p class="kpi-form__warning" role="status">
        {warning ? `${warning} Check the direction or the figures.` : ""}
      </p>
      {field("startDate", { kind: "date" })}
      {field("targetDate", { kind: "date" })}
      {field("source", { maxLength: 300, wide: true })}
      {field("method", { maxLength: 300, wide: true })}
      <SelectField
        id={`${idPrefix}-frequency`}
        label={label("frequency")}
        value={fields.frequency}
        options={FREQUENCY_OPTIONS}
        onChange={set.frequency}
      />
      {field("responsible", { maxLength: 120, list: listId })}
      <datalist id={listId}>
        {partners.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {field("onTrackMargin", { kind: "decimal", hint: "points below expected progress" })}
      {field("atRiskMargin", { kind: "decimal", hint: "points below expected progress" })}
      <div class="kpi-form__actions">
        <button type="submit" class="button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
});
