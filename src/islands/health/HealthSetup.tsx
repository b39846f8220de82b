import { useEffect, useRef, useState } from "preact/hooks";
import { formatDate } from "~/lib/dates";
import { newId } from "~/lib/id";
import { nameKey, tidyName } from "~/lib/names";
import { storedPartnerNames } from "~/lib/partners";
import { addPartner, addRound, deleteRound, removePartner } from "~/lib/health/health-edits";
import { partnerProblem, roundProblems } from "~/lib/health/health-input";
import { HEALTH_LIMITS } from "~/lib/health/health-tool";
import { browserStorage } from "~/lib/storage/safe-storage";
import { TextField, useFocusFirstError } from "../shared/fields";
import { health, partners, rounds } from "./health-state";

/** Adds a round: the health check taken on a given day, e.g. "Month 3". */
export function RoundForm() {
  const [label, setLabel] = useState("");
  const [date, setDate] = useState("");
  const [errors, setErrors] = useState<{ label?: string; date?: string }>({});
  const form = useRef<HTMLFormElement>(null);
  const focusError = useFocusFirstError(form);
  return (
    <form
      ref={form}
      class="tool-form"
      aria-label="Add a round"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = roundProblems(label, date, health.data.value.rounds);
        setErrors(found);
        if (found.label || found.date) return focusError();
        const round = { id: newId(), label: tidyName(label), date };
        health.apply(`Add round “${round.label}”`, (d) => addRound(d, round));
        setLabel("");
      }}
    >
      <TextField
        id="health-round-label"
        label="Round name"
        maxLength={HEALTH_LIMITS.roundLabel}
        value={label}
        error={errors.label}
        onValue={setLabel}
      />
      <TextField id="health-round-date" label="Round date" type="date" value={date} error={errors.date} onValue={setDate} />
      <button type="submit">Add round</button>
    </form>
  );
}

/** Adds a partner who answers the check; partners saved on step 2 or in the costing tool are suggested. */
export function PartnerForm() {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  useEffect(() => setSuggestions(storedPartnerNames(browserStorage())), []);
  const form = useRef<HTMLFormElement>(null);
  const focusError = useFocusFirstError(form);
  const listed = partners.value;
  const offered = suggestions.filter((s) => !listed.some((p) => nameKey(p) === nameKey(s)));
  return (
    <form
      ref={form}
      class="tool-form"
      aria-label="Add a partner"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const problem = partnerProblem(name, health.data.value.partners);
        setError(problem);
        if (problem) return focusError();
        const partner = tidyName(name);
        health.apply(`Add partner “${partner}”`, (d) => addPartner(d, partner));
        setName("");
      }}
    >
      <TextField
        id="health-partner-name"
        label="Partner name"
        wide
        maxLength={HEALTH_LIMITS.partner}
        list="health-partner-suggestions"
        value={name}
        error={error}
        onValue={setName}
        hint={offered.length > 0 ? "Partners from step 2 and your costing tool are suggested as you type." : undefined}
      />
      <datalist id="health-partner-suggestions">
        {offered.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="submit">Add partner</button>
    </form>
  );
}

/** The rounds and partners so far, each removable (Undo brings them back with their answers). */
export function SetupLists() {
  return (
    <div class="health-lists">
      <div>
        <h3>Rounds</h3>
        {rounds.value.length === 0 ? (
          <p class="tool__empty">No rounds yet.</p>
        ) : (
          <ul class="health-list">
            {rounds.value.map((r) => (
              <li key={r.id}>
                <span>
                  {r.label} ({formatDate(r.date)})
                </span>{" "}
                <button
                  type="button"
                  class="button--quiet no-print"
                  onClick={() => health.apply(`Delete round “${r.label}”`, (d) => deleteRound(d, r.id))}
                >
                  Delete<span class="visually-hidden"> the round {r.label} and its answers</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3>Partners</h3>
        {partners.value.length === 0 ? (
          <p class="tool__empty">No partners yet.</p>
        ) : (
          <ul class="health-list">
            {partners.value.map((p) => (
              <li key={p}>
                <span>{p}</span>{" "}
                <button
                  type="button"
                  class="button--quiet no-print"
                  onClick={() => health.apply(`Remove partner “${p}”`, (d) => removePartner(d, p))}
                >
                  Remove<span class="visually-hidden"> {p} and their answers</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
