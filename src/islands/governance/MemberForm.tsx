import { useRef, useState } from "preact/hooks";
import { addMember } from "~/lib/governance/governance-edit";
import { memberNameProblem } from "~/lib/governance/governance-input";
import { MEMBER_MAX, type TierKey } from "~/lib/governance/governance-tool";
import { newId } from "~/lib/id";
import { tidyName } from "~/lib/names";
import { SelectField, TextField, useFocusFirstError } from "../shared/fields";
import { governance, organizationOptions } from "./governance-state";

/** Adds a member to one tier; what the reader typed stays in the form until it is added. */
export function MemberForm({ tier, label }: { tier: TierKey; label: string }) {
  const [name, setName] = useState("");
  const [organizationId, setOrganizationId] = useState("");
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const submit = (event: Event) => {
    event.preventDefault();
    const problem = memberNameProblem(name, governance.data.peek(), tier);
    setError(problem);
    if (problem) return focusError();
    const member = { id: newId(), name: tidyName(name), organizationId };
    governance.apply(`Add “${member.name}” to the ${label.toLowerCase()}`, (d) => addMember(d, tier, member));
    setName("");
    field.current?.focus();
  };
  return (
    <form
      ref={form}
      class="tool-form governance-form"
      aria-label={`Add a member to the ${label.toLowerCase()}`}
      noValidate
      onSubmit={submit}
    >
      <TextField
        id={`governance-${tier}-new-member`}
        label="Member"
        hint="A person or a role, e.g. “Executive director (chair)”."
        wide
        maxLength={MEMBER_MAX}
        value={name}
        error={error}
        inputRef={field}
        onValue={setName}
      />
      {organizationOptions.value.length > 1 && (
        <SelectField
          id={`governance-${tier}-new-organization`}
          label="Organization"
          value={organizationId}
          options={organizationOptions.value}
          onValue={setOrganizationId}
        />
      )}
      <button type="submit">Add member</button>
    </form>
  );
}
