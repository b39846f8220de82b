import { FIRST_DATE, LAST_DATE, type NumberRead, readFigure, readMargin } from "~/lib/kpis/kpi-input";
import { dateProblem, datesOrderProblem, figuresProblem, marginsProblem } from "~/lib/kpis/kpi-rules";
import { responsibleChange } from "~/lib/kpis/kpi-partners";
import { editKpi } from "~/lib/kpis/kpis-edits";
import { KPI_LIMITS, type Kpi } from "~/lib/kpis/kpis-tool";
import { NumberField, SelectField, TextField } from "../shared/fields";
import { organizations } from "../shared/organizations";
import { DIRECTION_OPTIONS, FREQUENCY_OPTIONS, LEVEL_OPTIONS, MARGIN_HINT, UNIT_HINT } from "./kpi-options";
import { PARTNER_LIST_ID, kpis } from "./kpi-state";

type Plan = Omit<Kpi, "id" | "measurements">;

interface Editing {
  kpi: Kpi;
  number: number;
}

/**
 * Saves one field of the KPI as the reader types: one undoable step per field and burst of typing. `change` is what the
 * value changes, when more than the field itself (a responsible partner is linked to step 2's list as typed).
 */
const saver =
  <K extends keyof Plan>({ kpi, number }: Editing, key: K, noun: string, change = (value: Plan[K]): Partial<Plan> => ({ [key]: value })) =>
  (value: Plan[K]) =>
    kpis.apply(`Edit the ${noun} of KPI ${number}`, (d) => editKpi(d, kpi.id, change(value)), `kpi-${kpi.id}-${key}`);

const linkResponsible = (typed: string) => responsibleChange(typed, organizations.data.peek());

/** A number read, then refused when it breaks a rule across fields. */
function checked(read: NumberRead, rule: (value: number) => string | null): NumberRead {
  if (!read.ok) return read;
  const problem = rule(read.value);
  return problem ? { ok: false, message: problem } : read;
}

const TEXT = {
  unit: { label: "Unit", noun: "unit", hint: UNIT_HINT },
  source: { label: "Data source", noun: "data source", wide: true },
  method: { label: "Collection method", noun: "collection method", wide: true },
  responsible: { label: "Responsible partner", noun: "responsible partner", list: PARTNER_LIST_ID },
} as const;

function PlanText({ field, ...at }: Editing & { field: keyof typeof TEXT }) {
  const { label, noun, ...extra } = TEXT[field];
  return (
    <TextField
      id={`kpi-${at.kpi.id}-${field}`}
      label={`${label} of KPI ${at.number}`}
      value={at.kpi[field]}
      maxLength={KPI_LIMITS[field]}
      onValue={field === "responsible" ? saver(at, field, noun, linkResponsible) : saver(at, field, noun)}
      {...extra}
    />
  );
}

/** Baseline or target: refused when it is not a number, or too far from the KPI's other figures to compare. */
function Figure({ field, ...at }: Editing & { field: "baseline" | "target" }) {
  const other = field === "baseline" ? at.kpi.target : at.kpi.baseline;
  const measured = at.kpi.measurements.map((m) => m.value);
  const save = saver(at, field, field);
  return (
    <NumberField
      id={`kpi-${at.kpi.id}-${field}`}
      label={`${field === "baseline" ? "Baseline" : "Target"} of KPI ${at.number}`}
      value={at.kpi[field]}
      format={String}
      read={(typed) => checked(readFigure(typed, field), (value) => figuresProblem([value, other, ...measured]))}
      onValue={(value) => value !== null && save(value)}
    />
  );
}

/** Start or target date: refused outside 1990–2100, or when the target date would come before the start date. */
function DateOf({ field, ...at }: Editing & { field: "startDate" | "targetDate" }) {
  const what = field === "startDate" ? "start date" : "target date";
  const order = (typed: string) =>
    field === "startDate" ? datesOrderProblem(typed, at.kpi.targetDate) : datesOrderProblem(at.kpi.startDate, typed);
  return (
    <TextField
      id={`kpi-${at.kpi.id}-${field}`}
      label={`${field === "startDate" ? "Start date" : "Target date"} of KPI ${at.number}`}
      type="date"
      min={FIRST_DATE}
      max={LAST_DATE}
      value={at.kpi[field]}
      required={`Enter the ${what}; until you do, the tracker keeps the last one.`}
      check={(typed) => dateProblem(typed, what) ?? order(typed)}
      onValue={saver(at, field, what)}
    />
  );
}

/** A status margin: refused outside 0–100, or when the at-risk margin would fall below the on-track one. */
function Margin({ field, ...at }: Editing & { field: "onTrackMargin" | "atRiskMargin" }) {
  const onTrack = field === "onTrackMargin";
  const order = (value: number) => (onTrack ? marginsProblem(value, at.kpi.atRiskMargin) : marginsProblem(at.kpi.onTrackMargin, value));
  const save = saver(at, field, onTrack ? "on-track margin" : "at-risk margin");
  return (
    <NumberField
      id={`kpi-${at.kpi.id}-${field}`}
      label={`${onTrack ? "On track" : "At risk"} within (points) of KPI ${at.number}`}
      hint={MARGIN_HINT}
      value={at.kpi[field]}
      format={String}
      read={(typed) => checked(readMargin(typed), order)}
      onValue={(value) => value !== null && save(value)}
    />
  );
}

/** A KPI's plan as fields that save as the reader types; text that breaks a rule is refused at its field, not saved. */
export function KpiEditor({ kpi, number, onDone }: Editing & { onDone: () => void }) {
  const at = { kpi, number };
  const id = (field: keyof Plan) => `kpi-${kpi.id}-${field}`;
  return (
    <fieldset class="tool-form kpi-form kpi-editor">
      <legend>Edit KPI {number}: changes are saved as you type</legend>
      <TextField
        id={id("name")}
        label={`Name of KPI ${number}`}
        wide
        maxLength={KPI_LIMITS.name}
        value={kpi.name}
        required="Give the KPI a name; until you do, the tracker keeps its last name."
        onValue={saver(at, "name", "name")}
      />
      <SelectField
        id={id("level")}
        label={`Level of KPI ${number}`}
        value={kpi.level}
        options={LEVEL_OPTIONS}
        onValue={saver(at, "level", "level")}
      />
      <PlanText {...at} field="unit" />
      <SelectField
        id={id("direction")}
        label={`Direction of KPI ${number}`}
        value={kpi.direction}
        options={DIRECTION_OPTIONS}
        onValue={saver(at, "direction", "direction")}
      />
      <Figure {...at} field="baseline" />
      <Figure {...at} field="target" />
      <DateOf {...at} field="startDate" />
      <DateOf {...at} field="targetDate" />
      <PlanText {...at} field="source" />
      <PlanText {...at} field="method" />
      <SelectField
        id={id("frequency")}
        label={`Frequency of KPI ${number}`}
        value={kpi.frequency}
        options={FREQUENCY_OPTIONS}
        onValue={saver(at, "frequency", "frequency")}
      />
      <PlanText {...at} field="responsible" />
      <Margin {...at} field="onTrackMargin" />
      <Margin {...at} field="atRiskMargin" />
      <div class="kpi-form__actions">
        <button type="button" onClick={onDone}>
          Done editing KPI {number}
        </button>
      </div>
    </fieldset>
  );
}
