import { FIRST_DATE, LAST_DATE, type NumberRead, readFigure, readMargin } from "~/lib/kpis/kpi-input";
import { dateProblem, datesOrderProblem, figuresProblem, marginsProblem } from "~/lib/kpis/kpi-rules";
import { editKpi } from "~/lib/kpis/kpis-edits";
import { KPI_LIMITS, type Kpi } from "~/lib/kpis/kpis-tool";
import { NumberField, SelectField, TextField } from "../shared/fields";
import { DIRECTION_OPTIONS, FREQUENCY_OPTIONS, LEVEL_OPTIONS, MARGIN_HINT, UNIT_HINT } from "./kpi-options";
import { PARTNER_LIST_ID, kpis } from "./kpi-state";

type Plan = Omit<Kpi, "id" | "measurements">;

/** A number read, then refused when it breaks a rule across fields. */
const checked = (read: NumberRead, rule: (value: number) => string | null): NumberRead => {
  if (!read.ok) return read;
  const problem = rule(read.value);
  return problem ? { ok: false, message: problem } : read;
};

interface Props {
  kpi: Kpi;
  number: number;
  onDone: () => void;
}

/** A KPI's plan as fields that save as the reader types; text that breaks a rule is refused at its field, not saved. */
export function KpiEditor({ kpi, number, onDone }: Props) {
  const base = `kpi-${kpi.id}`;
  const of = (what: string) => `${what} of KPI ${number}`;
  const edit =
    <K extends keyof Plan>(key: K, what: string) =>
    (value: Plan[K]) =>
      kpis.apply(`Edit the ${what.toLowerCase()} of KPI ${number}`, (d) => editKpi(d, kpi.id, { [key]: value }), `${base}-${key}`);
  const text = (key: "unit" | "source" | "method" | "responsible", what: string, extra: Partial<Parameters<typeof TextField>[0]>) => (
    <TextField id={`${base}-${key}`} label={of(what)} value={kpi[key]} maxLength={KPI_LIMITS[key]} onValue={edit(key, what)} {...extra} />
  );
  const measured = kpi.measurements.map((m) => m.value);
  const figure = (key: "baseline" | "target", what: string, other: number) => (
    <NumberField
      id={`${base}-${key}`}
      label={of(what)}
      value={kpi[key]}
      format={String}
      read={(typed) => checked(readFigure(typed, what.toLowerCase()), (value) => figuresProblem([value, other, ...measured]))}
      onValue={(value) => value !== null && edit(key, what)(value)}
    />
  );
  const date = (key: "startDate" | "targetDate", what: string, order: (value: string) => string | null) => (
    <TextField
      id={`${base}-${key}`}
      label={of(what)}
      type="date"
      min={FIRST_DATE}
      max={LAST_DATE}
      value={kpi[key]}
      required={`Enter the ${what.toLowerCase()}; until you do, the tracker keeps the last one.`}
      check={(typed) => dateProblem(typed, what.toLowerCase()) ?? order(typed)}
      onValue={edit(key, what)}
    />
  );
  const margin = (key: "onTrackMargin" | "atRiskMargin", what: string, order: (value: number) => string | null) => {
    const save = edit(key, key === "onTrackMargin" ? "on-track margin" : "at-risk margin");
    return (
      <NumberField
        id={`${base}-${key}`}
        label={of(what)}
        hint={MARGIN_HINT}
        value={kpi[key]}
        format={String}
        read={(typed) => checked(readMargin(typed), order)}
        onValue={(value) => value !== null && save(value)}
      />
    );
  };
  return (
    <fieldset class="tool-form kpi-form kpi-editor">
      <legend>Edit KPI {number}: changes are saved as you type</legend>
      <TextField
        id={`${base}-name`}
        label={of("Name")}
        wide
        maxLength={KPI_LIMITS.name}
        value={kpi.name}
        required="Give the KPI a name; until you do, the tracker keeps its last name."
        onValue={edit("name", "Name")}
      />
      <SelectField id={`${base}-level`} label={of("Level")} value={kpi.level} options={LEVEL_OPTIONS} onValue={edit("level", "Level")} />
      {text("unit", "Unit", { hint: UNIT_HINT })}
      <SelectField
        id={`${base}-direction`}
        label={of("Direction")}
        value={kpi.direction}
        options={DIRECTION_OPTIONS}
        onValue={edit("direction", "Direction")}
      />
      {figure("baseline", "Baseline", kpi.target)}
      {figure("target", "Target", kpi.baseline)}
      {date("startDate", "Start date", (start) => datesOrderProblem(start, kpi.targetDate))}
      {date("targetDate", "Target date", (target) => datesOrderProblem(kpi.startDate, target))}
      {text("source", "Data source", { wide: true })}
      {text("method", "Collection method", { wide: true })}
      <SelectField
        id={`${base}-frequency`}
        label={of("Frequency")}
        value={kpi.frequency}
        options={FREQUENCY_OPTIONS}
        onValue={edit("frequency", "Frequency")}
      />
      {text("responsible", "Responsible partner", { list: PARTNER_LIST_ID })}
      {margin("onTrackMargin", "On track within (points)", (value) => marginsProblem(value, kpi.atRiskMargin))}
      {margin("atRiskMargin", "At risk within (points)", (value) => marginsProblem(kpi.onTrackMargin, value))}
      <div class="kpi-form__actions">
        <button type="button" onClick={onDone}>
          Done editing KPI {number}
        </button>
      </div>
    </fieldset>
  );
}
