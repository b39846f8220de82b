import { type PlanRowFields, readPlanRowFields } from "~/lib/engagement/engagement-input";
import { METHOD_SUGGESTIONS, addPlanRow } from "~/lib/engagement/engagement-plan";
import { ENGAGEMENT_LIMITS } from "~/lib/engagement/engagement-tool";
import { newId } from "~/lib/id";
import { Checkbox, SelectField, TextField } from "../shared/fields";
import { LEVEL_OPTIONS, engagement, limits, pages, showLast, stakeholderNames } from "./engagement-state";
import { useRowForm } from "../shared/row-form";

const START: PlanRowFields = { topic: "", stakeholderIds: [], level: "consult", method: "", date: "", owner: "" };

/** Adds a row to the engagement plan: a topic, who is engaged on it, at which level, how, when and by whom. */
export function PlanForm() {
  const { fields, errors, form, first, set, submit } = useRowForm(
    START,
    (f) => readPlanRowFields(f, newId()),
    (row) => {
      engagement.apply(`Add plan row “${row.topic}”`, (d) => addPlanRow(d, row));
      showLast(pages.plan, engagement.data.peek().plan.length);
      return START;
    },
  );
  const full = limits.plan.value;
  return (
    <form ref={form} class="tool-form engagement-form" aria-label="Add to the engagement plan" noValidate onSubmit={submit}>
      <TextField
        id="engagement-plan-topic"
        label="Decision or topic"
        hint="Something people can still shape: “Class times”."
        wide
        maxLength={ENGAGEMENT_LIMITS.topic}
        value={fields.topic}
        error={errors.topic}
        inputRef={first}
        onValue={set("topic")}
      />
      <WhoField chosen={fields.stakeholderIds} onValue={set("stakeholderIds")} />
      <SelectField id="engagement-plan-level" label="Level" value={fields.level} options={LEVEL_OPTIONS} onValue={set("level")} />
      <TextField
        id="engagement-plan-method"
        label="Method"
        list="engagement-methods"
        maxLength={ENGAGEMENT_LIMITS.method}
        value={fields.method}
        error={errors.method}
        onValue={set("method")}
      />
      <datalist id="engagement-methods">
        {METHOD_SUGGESTIONS.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <TextField id="engagement-plan-date" label="When" type="date" value={fields.date} error={errors.date} onValue={set("date")} />
      <TextField
        id="engagement-plan-owner"
        label="Owner"
        maxLength={ENGAGEMENT_LIMITS.owner}
        value={fields.owner}
        error={errors.owner}
        onValue={set("owner")}
      />
      <button type="submit" disabled={full !== null}>
        Add to the plan
      </button>
      {full && <p class="tool__summary">{full}</p>}
    </form>
  );
}

/** Who is engaged on the topic: a checkbox per stakeholder on the map. */
export function WhoField({
  chosen,
  onValue,
  legend = "Who is engaged",
}: {
  chosen: string[];
  onValue: (ids: string[]) => void;
  legend?: string;
}) {
  const names = [...stakeholderNames.value];
  return (
    <fieldset class="field--wide engagement-who">
      <legend>{legend}</legend>
      {names.length === 0 && <p class="field-hint">Add stakeholders to the map to choose them here.</p>}
      {names.map(([id, name]) => (
        <Checkbox
          key={id}
          label={name}
          checked={chosen.includes(id)}
          onValue={(on) => onValue(on ? [...chosen, id] : chosen.filter((x) => x !== id))}
        />
      ))}
    </fieldset>
  );
}
