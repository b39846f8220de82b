import { useComputed } from "@preact/signals";
import { useRef, useState } from "preact/hooks";
import { tidyName } from "~/lib/names";
import { addPartner, deletePartner, newPartner, renamePartner } from "~/lib/resources/resources-edits";
import { newPartnerProblem, partnerNameProblem } from "~/lib/resources/resources-forms";
import { RESOURCE_LIMITS } from "~/lib/resources/resources-tool";
import { ConfirmButton } from "../shared/ConfirmButton";
import { TextField, useFocusFirstError } from "../shared/fields";
import { contributionCounts, partnerById, partnerIds, partners, resources } from "./resources-state";

/** The partner organizations: added once here, offered by the other tools as owners. */
export function PartnersSection() {
  return (
    <section class="resources-section" aria-labelledby="resources-partners-title">
      <h3 id="resources-partners-title">Partners</h3>
      <p>Name each partner organization once; the risk register and the KPI tracker offer these names as owners.</p>
      <AddPartnerForm />
      <PartnerList />
    </section>
  );
}

function AddPartnerForm() {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  return (
    <form
      ref={form}
      class="tool-form"
      aria-label="Add a partner"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const problem = newPartnerProblem(name, partners.value);
        setError(problem);
        if (problem) return focusError();
        const partner = newPartner(tidyName(name));
        resources.apply(`Add partner “${partner.name}”`, (d) => addPartner(d, partner));
        setName("");
        input.current?.focus();
      }}
    >
      <TextField
        id="resources-partner-name"
        label="Partner name"
        wide
        autoComplete="organization"
        maxLength={RESOURCE_LIMITS.partnerName}
        value={name}
        error={error}
        inputRef={input}
        onValue={setName}
      />
      <button type="submit">Add partner</button>
    </form>
  );
}

/** The partners in order; an item re-renders only when its own partner or its count of contributions changes. */
function PartnerList() {
  const ids = partnerIds.value;
  if (ids.length === 0) return <p class="tool__empty">No partners yet.</p>;
  return (
    <ol class="resources-partners" aria-label="Partner organizations">
      {ids.map((id, index) => (
        <PartnerItem key={id} id={id} number={index + 1} />
      ))}
    </ol>
  );
}

function PartnerItem({ id, number }: { id: string; number: number }) {
  const partner = useComputed(() => partnerById.value.get(id)).value;
  const count = useComputed(() => contributionCounts.value.get(id) ?? 0).value;
  if (!partner) return null;
  const contributionsWord = `${count} ${count === 1 ? "contribution" : "contributions"}`;
  const label = `Delete partner “${partner.name}”${count > 0 ? ` and its ${contributionsWord}` : ""}`;
  const remove = () => resources.apply(label, (d) => deletePartner(d, id));
  return (
    <li class="resources-partner">
      <TextField
        id={`resources-partner-${id}`}
        label={`Name of partner ${number}`}
        maxLength={RESOURCE_LIMITS.partnerName}
        autoComplete="organization"
        value={partner.name}
        required="Enter the partner's name; until you do, the tool keeps its last name."
        check={(text) => partnerNameProblem(text, partners.value, id)}
        onValue={(name) => resources.apply(`Rename partner ${number}`, (d) => renamePartner(d, id, name), `partner-${id}-name`)}
      />
      {count > 0 ? (
        <ConfirmButton
          label={`Delete ${partner.name}`}
          question={`Delete ${partner.name} and its ${contributionsWord}?`}
          confirmLabel={`Yes, delete ${partner.name}`}
          onConfirm={remove}
        />
      ) : (
        <button type="button" onClick={remove}>
          Delete {partner.name}
        </button>
      )}
    </li>
  );
}
