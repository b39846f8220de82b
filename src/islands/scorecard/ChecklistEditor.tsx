import { useComputed } from "@preact/signals";
import { useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { addCheck, removeCheck, renameCheck } from "~/lib/scorecard/diligence";
import { checkNameProblem } from "~/lib/scorecard/scorecard-input";
import { CHECK_MAX } from "~/lib/scorecard/scorecard-tool";
import { TextField } from "../shared/fields";
import { useNameForm } from "../shared/name-form";
import { checks, scorecard } from "./scorecard-state";

/**
 * The checklist every shortlisted candidate is checked against: add, rename and remove its items. Folded away at first;
 * its items are drawn once it is unfolded.
 */
export function ChecklistEditor() {
  const count = useComputed(() => checks.value.length).value;
  const [open, setOpen] = useState(false);
  return (
    <details class="checklist-editor" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Edit the checklist ({count} checks)</summary>
      <AddCheckForm />
      {open && <CheckList />}
    </details>
  );
}

function CheckList() {
  return (
    <ol class="checklist-editor__list" aria-label="Checklist">
      {checks.value.map((check, index) => (
        <CheckItem key={check.id} id={check.id} name={check.name} row={index + 1} />
      ))}
    </ol>
  );
}

function AddCheckForm() {
  const { form, submit, field } = useNameForm(
    (text) => checkNameProblem(text, scorecard.data.peek()),
    (text) => {
      const check = { id: newId(), name: text };
      scorecard.apply(`Add check “${check.name}”`, (d) => addCheck(d, check));
    },
  );
  return (
    <form ref={form} class="tool-form" aria-label="Add a check" noValidate onSubmit={submit}>
      <TextField id="new-check-name" label="Check" wide maxLength={CHECK_MAX} {...field} />
      <button type="submit">Add check</button>
    </form>
  );
}

function CheckItem({ id, name, row }: { id: string; name: string; row: number }) {
  const remove = () => {
    scorecard.apply(`Remove check “${name}”`, (d) => removeCheck(d, id));
  };
  return (
    <li class="checklist-editor__item">
      <TextField
        id={`check-${id}-name`}
        label={`Name of check ${row}`}
        hiddenLabel
        maxLength={CHECK_MAX}
        value={name}
        required="Name the check; until you do, the checklist keeps its last name."
        check={(text) => checkNameProblem(text, scorecard.data.peek(), id)}
        onValue={(text) => scorecard.apply(`Rename check ${row}`, (d) => renameCheck(d, id, text), `check-${id}-name`)}
      />
      <button type="button" class="button--quiet" onClick={remove}>
        Remove<span class="visually-hidden"> check “{name}”</span>
      </button>
    </li>
  );
}
