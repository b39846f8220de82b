import { computed, useComputed } from "@preact/signals";
import { OptionSchema } from "~/lib/business-case/business-case-tool";
import { caseLimits, optionNameProblem } from "~/lib/business-case/case-input";
import { addOption, chooseOption, editOption, removeOption, type OptionDraft } from "~/lib/business-case/options";
import { appraisalGaps } from "~/lib/business-case/case-check";
import { newId } from "~/lib/id";
import { tidyName } from "~/lib/names";
import { maxLengthOf } from "~/lib/schema-parts";
import { RadioGroup, TextField } from "../shared/fields";
import { useNameForm } from "../shared/name-form";
import { businessCase, optionById, optionIds } from "./case-state";
import { MoneyField } from "./MoneyField";

const NAME_MAX = maxLengthOf(OptionSchema.entries.name);
const chosenId = computed(() => businessCase.data.value.chosenOptionId);
const choices = computed(() => [
  { value: "", label: "None chosen yet" },
  ...businessCase.data.value.options.map((o) => ({ value: o.id, label: o.name })),
]);
const gaps = computed(() => appraisalGaps(businessCase.data.value));

function optionProblem(name: string): string | null {
  const data = businessCase.data.peek();
  return optionNameProblem(data, name) ?? caseLimits.options(data);
}

/** The options weighed against "Do nothing", and the one the case recommends. */
export function OptionsAppraisal() {
  const { form, submit, field } = useNameForm(optionProblem, (name) =>
    businessCase.apply(`Add option “${name}”`, (d) =>
      addOption(d, { id: newId(), name, cost: null, benefits: "", risks: "", verdict: "" }),
    ),
  );
  return (
    <section class="case-section" aria-labelledby="case-options-title">
      <h3 id="case-options-title">Options appraisal</h3>
      <ol class="case-options" aria-label="Options">
        {optionIds.value.map((id, index) => (
          <OptionCard key={id} id={id} number={index + 1} />
        ))}
      </ol>
      <form ref={form} class="tool-form" aria-label="Add an option" noValidate onSubmit={submit}>
        <TextField id="case-new-option" label="Option" maxLength={NAME_MAX} {...field} />
        <button type="submit">Add option</button>
      </form>
      <RadioGroup
        legend="The option the case recommends"
        name="case-chosen-option"
        value={chosenId.value}
        options={choices.value}
        onValue={(id) => businessCase.apply("Choose the recommended option", (d) => chooseOption(d, id))}
      />
      {gaps.value.length > 0 && <p class="tool__summary">{gaps.value.join(" ")}</p>}
    </section>
  );
}

function OptionCard({ id, number }: { id: string; number: number }) {
  const option = useComputed(() => optionById.value.get(id)).value;
  const chosen = useComputed(() => chosenId.value === id).value;
  if (!option) return null;
  const base = `case-option-${id}`;
  const edit = (what: string, patch: Partial<OptionDraft>, coalesce?: string) =>
    businessCase.apply(`${what} of option ${number}`, (d) => editOption(d, id, patch), coalesce && `${base}-${coalesce}`);
  const text = (key: "benefits" | "risks" | "verdict", label: string) => (
    <TextField
      id={`${base}-${key}`}
      label={`${label} of option ${number}`}
      wide
      multiline={key !== "verdict"}
      maxLength={maxLengthOf(OptionSchema.entries[key])}
      value={option[key]}
      onValue={(value) => edit(`Edit the ${label.toLowerCase()}`, { [key]: value }, key)}
    />
  );
  return (
    <li class={chosen ? "case-option case-option--chosen" : "case-option"}>
      <fieldset>
        <legend>
          Option {number}: <span class="case-option__name">{option.name}</span>
          {chosen && <strong class="case-option__chosen"> (chosen)</strong>}
          {option.baseline && <span class="case-option__baseline"> (baseline)</span>}
        </legend>
        <TextField
          id={`${base}-name`}
          label={`Name of option ${number}`}
          maxLength={NAME_MAX}
          value={option.name}
          required="Name the option; until you do, the case keeps its last name."
          check={(name) => optionNameProblem(businessCase.data.peek(), name, id)}
          onValue={(name) => edit("Rename", { name: tidyName(name) }, "name")}
        />
        <MoneyField
          id={`${base}-cost`}
          label={`Cost of option ${number}`}
          noun="cost"
          value={option.cost}
          onValue={(cost) => edit("Edit the cost", { cost }, "cost")}
        />
        {text("benefits", "Benefits")}
        {text("risks", "Risks")}
        {text("verdict", "Verdict")}
        {!option.baseline && (
          <button
            type="button"
            class="button--quiet"
            onClick={() => businessCase.apply(`Delete option “${option.name}”`, (d) => removeOption(d, id))}
          >
            Delete option {number}
          </button>
        )}
      </fieldset>
    </li>
  );
}
