import { useComputed } from "@preact/signals";
import { useRef, useState } from "preact/hooks";
import { tidyName } from "~/lib/names";
import { addPartner, deletePartner, newPartner, renamePartner } from "~/lib/resources/resources-edits";
import { newPartnerProblem, partnerNameProblem } from "~/lib/resources/resources-forms";
import { MAX_ORGANIZATIONS } from "~/lib/organizations/organizations-tool";
import { type PartnerPlace, listedNameProblem, partnerPlace } from "~/lib/resources/partner-links";
import { RESOURCE_LIMITS } from "~/lib/resources/resources-tool";
import { ConfirmButton } from "../shared/ConfirmButton";
import { TextField, useFocusFirstError } from "../shared/fields";
import { organizations } from "../shared/organizations";
import { contributionCounts, offeredOrganizations, partnerById, partnerIds, partners, resources } from "./resources-state";

const OFFERED_LIST = "resources-organizations";

/** The partner organizations: step 2's organizations, chosen or typed here, with one name everywhere. */
export function PartnersSection() {
  return (
    <section class="resources-section" aria-labelledby="resources-partners-title">
      <h3 id="resources-partners-title">Partners</h3>
      <p>
        The partners are the partnership's organizations on <a href="/guide/partners/">step 2</a>. Choose one as you type its name, or type
        a new one: it joins step 2's list too, so every tool uses the same name. Renaming a partner here renames it on step 2, and the other
        way round.
      </p>
      <AddPartnerForm />
      <PartnerList />
    </section>
  );
}

/** Step 2's organizations that are not partners here yet, offered as the reader types a partner's name. */
function OfferedOrganizations() {
  return (
    <datalist id={OFFERED_LIST}>
      {offeredOrganizations.value.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
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
        list={OFFERED_LIST}
        onValue={setName}
      />
      <OfferedOrganizations />
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
  const place = useComputed(() => (partner ? partnerPlace(partner, organizations.data.value) : "listed")).value;
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
        hint={placeNote(place)}
        check={(text) => partnerNameProblem(text, partners.value, id) ?? listedNameProblem(text, partner, organizations.data.value)}
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

/** What the reader should know about a partner that is not on step 2's list; nothing when it is. */
function placeNote(place: PartnerPlace): string | undefined {
  if (place === "removed")
    return "Removed from step 2's list; kept here with its contributions. Add it there again to rename it everywhere.";
  if (place === "listed") return undefined;
  return organizations.data.value.organizations.length >= MAX_ORGANIZATIONS
    ? `Not on step 2's list, which holds ${MAX_ORGANIZATIONS} organizations already; kept here with its contributions.`
    : "Not on step 2's list yet (it could not be read or saved); kept here with its contributions.";
}
