import { useState } from "preact/hooks";
import { addMember } from "~/lib/governance/governance-edit";
import { memberNameProblem } from "~/lib/governance/governance-input";
import { MEMBER_MAX, type TierKey } from "~/lib/governance/governance-tool";
import { newId } from "~/lib/id";
import { SelectField, TextField } from "../shared/fields";
import { useNameForm } from "../shared/name-form";
import { hasOrganizations, organizationOptions } from "../shared/organizations";
import { governance } from "./governance-state";

/** Adds a member to one tier, with their organization when step 2's list has some. */
export function MemberForm({ tier, label }: { tier: TierKey; label: string }) {
  const [organizationId, setOrganizationId] = useState("");
  const lower = label.toLowerCase();
  const { form, submit, field } = useNameForm(
    (name) => memberNameProblem(name, governance.data.peek(), tier),
    (name) => {
      const member = { id: newId(), name, organizationId };
      governance.apply(`Add “${name}” to the ${lower}`, (d) => addMember(d, tier, member));
    },
  );
  return (
    <form ref={form} class="tool-form governance-form" aria-label={`Add a member to the ${lower}`} noValidate onSubmit={submit}>
      <TextField
        id={`governance-${tier}-new-member`}
        label="Member"
        hint="A person or a role, e.g. “Executive director (chair)”."
        wide
        maxLength={MEMBER_MAX}
        {...field}
      />
      {hasOrganizations.value && (
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
