import { useRef, useState } from "preact/hooks";
import { formatDate } from "~/lib/dates";
import { partnerProblem, roundProblems, tidyName } from "~/lib/health/health-input";
import { type Round, partnerKey } from "~/lib/health/health-tool";
import { Field, focusFirstInvalid } from "../kpis/Field";
import { memo } from "../shared/memo";

interface RoundFormProps {
  rounds: readonly Round[];
  onAdd: (round: Omit<Round, "id">) => void;
}

/** Adds a round: the health check taken on a given day, e.g. "Month 3". */
export const RoundForm = memo(function RoundForm({ rounds, onAdd }: RoundFormProps) {
  const [label, setLabel] = useState("");
  const [date, setDate] = useState("");
  const [errors, setErrors] = useState<{ label?: string; date?: string }>({});
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={formRef}
      class="tool-form"
      aria-label="Add a round"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = roundProblems(label, date, rounds);
        setErrors(found);
        if (found.label || found.date) {
          focusFirstInvalid(formRef.current);
          return;
        }
        onAdd({ label: label.trim(), date });
        setLabel("");
      }}
    >
      <Field id="health-round-label" label="Round name" maxLength={80} value={label} onInput={setLabel} error={errors.label} />
      <Field id="health-round-date" label="Round date" kind="date" value={date} onInput={setDate} error={errors.date} />
      <button type="submit">Add round</button>
    </form>
  );
});

interface PartnerFormProps {
  partners: readonly string[];
  /** Names saved elsewhere in the guide, offered as suggestions. */
  suggestions: readonly string[];
  onAdd: (name: string) => void;
}

/** Adds a partner who answers the check. */
export const PartnerForm = memo(function PartnerForm({ partners, suggestions, onAdd }: PartnerFormProps) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();
  const formRef = useRef<HTMLFormElement>(null);
  const offered = suggestions.filter((s) => !partners.some((p) => partnerKey(p) === partnerKey(s)));
  return (
    <form
      ref={formRef}
      class="tool-form"
      aria-label="Add a partner"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const problem = partnerProblem(name, partners) ?? undefined;
        setError(problem);
        if (problem) {
          focusFirstInvalid(formRef.current);
          return;
        }
        onAdd(tidyName(name));
        setName("");
      }}
    >
      <Field
        id="health-partner-name"
        label="Partner name"
        maxLength={120}
        wide
        list="health-partner-suggestions"
        value={name}
        onInput={setName}
        error={error}
        hint={offered.length > 0 ? "Partners from your costing tool are suggested as you type." : undefined}
      />
      <datalist id="health-partner-suggestions">
        {offered.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <button type="submit">Add partner</button>
    </form>
  );
});

interface ListsProps {
  rounds: readonly Round[];
  partners: readonly string[];
  onDeleteRound: (round: Round) => void;
  onRemovePartner: (partner: string) => void;
}

/** The rounds and partners so far, each removable (with undo). */
export const SetupLists = memo(function SetupLists({ rounds, partners, onDeleteRound, onRemovePartner }: ListsProps) {
  return (
    <div class="health-lists">
      <div>
        <h4>Rounds</h4>
        {rounds.length === 0 ? (
          <p class="tool__empty">No rounds yet.</p>
        ) : (
          <ul class="health-list">
            {rounds.map((r) => (
              <li key={r.id}>
                <span>
                  {r.label} ({formatDate(r.date)})
                </span>{" "}
                <button type="button" class="button--quiet no-print" onClick={() => onDeleteRound(r)}>
                  Delete<span class="visually-hidden"> the round {r.label} and its answers</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4>Partners</h4>
        {partners.length === 0 ? (
          <p class="tool__empty">No partners yet.</p>
        ) : (
          <ul class="health-list">
            {partners.map((p) => (
              <li key={p}>
                <span>{p}</span>{" "}
                <button type="button" class="button--quiet no-print" onClick={() => onRemovePartner(p)}>
                  Remove<span class="visually-hidden"> {p} and their answers</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});
