import { useRef, useState } from "preact/hooks";
import { responsibleChange } from "~/lib/kpis/kpi-partners";
import { addKpi, newKpi } from "~/lib/kpis/kpis-edits";
import { FIRST_DATE, type FieldErrors, type KpiFields, LAST_DATE, emptyKpiFields, readKpiFields } from "~/lib/kpis/kpi-input";
import { type Direction, type Frequency, KPI_LIMITS, type Level, MAX_KPIS, contradiction } from "~/lib/kpis/kpis-tool";
import { parseNumber } from "~/lib/number-parse";
import { SelectField, TextField, useFocusFirstError } from "../shared/fields";
import { organizations } from "../shared/organizations";
import { DIRECTION_OPTIONS, FREQUENCY_OPTIONS, LEVEL_OPTIONS, MARGIN_HINT, UNIT_HINT } from "./kpi-options";
import { PARTNER_LIST_ID, kpiIds, kpis } from "./kpi-state";

type TextKey = Exclude<keyof KpiFields, "level" | "direction" | "frequency">;

/** Why the figures typed contradict the direction, or null. */
function directionWarning(fields: KpiFields): string | null {
  const baseline = parseNumber(fields.baseline);
  const target = parseNumber(fields.target);
  if (baseline === null || target === null) return null;
  const warning = contradiction({ baseline, target, direction: fields.direction === "decrease" ? "decrease" : "increase" });
  return warning && `${warning} Check the direction or the figures.`;
}

/** The KPI's M&E plan as a form, to add a KPI. Its draft stays here: typing re-renders this form only. */
export function KpiForm() {
  const [fields, setFields] = useState<KpiFields>(emptyKpiFields);
  const [errors, setErrors] = useState<FieldErrors<KpiFields>>({});
  const [added, setAdded] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const focusError = useFocusFirstError(form);
  const count = kpiIds.value.length;
  const set = (key: keyof KpiFields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const text = (key: TextKey, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={`new-kpi-${key}`} label={label} value={fields[key]} error={errors[key]} onValue={set(key)} {...extra} />
  );
  const submit = (event: Event) => {
    event.preventDefault();
    const read = readKpiFields(fields);
    const full = count >= MAX_KPIS ? `The tracker holds at most ${MAX_KPIS} KPIs; delete one before adding another.` : null;
    if (!read.ok || full) {
      setErrors(read.ok ? { name: full ?? "" } : read.errors);
      setAdded("");
      return focusError();
    }
    const plan = { ...read.value, ...responsibleChange(read.value.responsible, organizations.data.peek()) };
    kpis.apply(`Add KPI “${plan.name}”`, (d) => addKpi(d, newKpi(plan)));
    setErrors({});
    setAdded(`Added KPI ${count + 1}, “${read.value.name}”.`);
    // A partnership's KPIs usually share its dates, so the next KPI starts with them.
    setFields({ ...emptyKpiFields(), startDate: fields.startDate, targetDate: fields.targetDate });
  };
  const date = { type: "date", min: FIRST_DATE, max: LAST_DATE } as const;
  return (
    <form ref={form} class="tool-form kpi-form" aria-label="Add a KPI" noValidate onSubmit={submit}>
      {text("name", "KPI name", { wide: true, maxLength: KPI_LIMITS.name })}
      <SelectField id="new-kpi-level" label="Level" value={fields.level as Level} options={LEVEL_OPTIONS} onValue={set("level")} />
      {text("unit", "Unit", { maxLength: KPI_LIMITS.unit, hint: UNIT_HINT })}
      <SelectField
        id="new-kpi-direction"
        label="Direction"
        value={fields.direction as Direction}
        options={DIRECTION_OPTIONS}
        onValue={set("direction")}
      />
      {text("baseline", "Baseline", { inputMode: "decimal" })}
      {text("target", "Target", { inputMode: "decimal" })}
      <p class="kpi-form__warning" role="status">
        {directionWarning(fields) ?? ""}
      </p>
      {text("startDate", "Start date", date)}
      {text("targetDate", "Target date", date)}
      {text("source", "Data source", { wide: true, maxLength: KPI_LIMITS.source })}
      {text("method", "Collection method", { wide: true, maxLength: KPI_LIMITS.method })}
      <SelectField
        id="new-kpi-frequency"
        label="Frequency"
        value={fields.frequency as Frequency}
        options={FREQUENCY_OPTIONS}
        onValue={set("frequency")}
      />
      {text("responsible", "Responsible partner", { maxLength: KPI_LIMITS.responsible, list: PARTNER_LIST_ID })}
      {text("onTrackMargin", "On track within (points)", { inputMode: "decimal", hint: MARGIN_HINT })}
      {text("atRiskMargin", "At risk within (points)", { inputMode: "decimal", hint: MARGIN_HINT })}
      <div class="kpi-form__actions">
        <button type="submit" class="button--primary">
          Add KPI
        </button>
        <span role="status" class="kpi-form__done">
          {added}
        </span>
      </div>
    </form>
  );
}
