import { useComputed } from "@preact/signals";
import { useRef, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { addCriterion, removeCriterion } from "~/lib/scorecard/criteria-edit";
import { type CriterionDraft, criterionErrors, criterionFromDraft } from "~/lib/scorecard/scorecard-input";
import { CRITERION_MAX } from "~/lib/scorecard/scorecard-tool";
import { Checkbox, TextField, useFocusFirstError } from "../shared/fields";
import { CriterionEditor, weightText } from "./CriterionEditor";
import { criterionById, criterionIds, scorecard } from "./scorecard-state";

const EMPTY: CriterionDraft = { name: "", weight: "1", nonNegotiable: false };

/** The form that adds a criterion, and the table of criteria with their weights. */
export function CriteriaEditor() {
  return (
    <>
      <AddCriterionForm />
      <CriteriaTable />
    </>
  );
}

function AddCriterionForm() {
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<ReturnType<typeof criterionErrors>>({});
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const change = (patch: Partial<CriterionDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: Event) => {
    event.preventDefault();
    const found = criterionErrors(draft, scorecard.data.peek());
    setErrors(found);
    if (Object.keys(found).length > 0) return focusError();
    const criterion = criterionFromDraft(draft, newId());
    scorecard.apply(`Add criterion “${criterion.name}”`, (d) => addCriterion(d, criterion));
    setDraft(EMPTY);
    input.current?.focus();
  };
  return (
    <form ref={form} class="tool-form" aria-label="Add a criterion" noValidate onSubmit={submit}>
      <TextField
        id="new-criterion-name"
        label="Criterion"
        wide
        maxLength={CRITERION_MAX}
        value={draft.name}
        error={errors.name}
        inputRef={input}
        onValue={(name) => change({ name })}
      />
      <TextField
        id="new-criterion-weight"
        label="Weight"
        class="scorecard-weight"
        inputMode="decimal"
        maxLength={12}
        value={draft.weight}
        error={errors.weight}
        onValue={(weight) => change({ weight })}
      />
      <Checkbox
        id="new-criterion-gate"
        class="check scorecard-gate"
        label="Non-negotiable"
        checked={draft.nonNegotiable}
        onValue={(nonNegotiable) => change({ nonNegotiable })}
      />
      <button type="submit">Add criterion</button>
    </form>
  );
}

function CriteriaTable() {
  const ids = criterionIds.value;
  const [editing, setEditing] = useState<string | null>(null);
  if (ids.length === 0) return <p class="tool__empty">No criteria yet. Add the first one above.</p>;
  return (
    <div class="table-scroll">
      <table class="data-table scorecard-criteria">
        <caption>Criteria and weights</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col" class="num">
              Weight
            </th>
            <th scope="col">Answered as</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {ids.map((id, index) =>
            editing === id ? (
              <CriterionEditor key={id} id={id} row={index + 1} onClose={() => setEditing(null)} />
            ) : (
              <CriterionRow key={id} id={id} onEdit={() => setEditing(id)} />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function CriterionRow({ id, onEdit }: { id: string; onEdit: () => void }) {
  const criterion = useComputed(() => criterionById.value.get(id)).value;
  if (!criterion) return null;
  const remove = () => {
    scorecard.apply(`Delete criterion “${criterion.name}”`, (d) => removeCriterion(d, id));
  };
  return (
    <tr>
      <th scope="row">{criterion.name}</th>
      <td class="num">{criterion.nonNegotiable ? "–" : weightText(criterion.weight)}</td>
      <td>{criterion.nonNegotiable ? "Non-negotiable: yes or no" : "Score 1–5"}</td>
      <td class="scorecard-criteria__actions">
        <button type="button" class="button--quiet" data-edit={id} onClick={onEdit}>
          Edit<span class="visually-hidden"> “{criterion.name}”</span>
        </button>{" "}
        <button type="button" class="button--quiet" onClick={remove}>
          Delete<span class="visually-hidden"> “{criterion.name}”</span>
        </button>
      </td>
    </tr>
  );
}
