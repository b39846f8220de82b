import { useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { addOrganization, newOrganization } from "~/lib/organizations/organization-edit";
import { organizationNameProblem } from "~/lib/organizations/organization-input";
import { type Kind, NAME_MAX, type Status } from "~/lib/organizations/organizations-tool";
import { SelectField, TextField } from "../shared/fields";
import { useNameForm } from "../shared/name-form";
import { ORGANIZATIONS_PER_PAGE, listPage, organizations } from "./organizations-state";
import { KIND_OPTIONS, STATUS_OPTIONS } from "./options";

/** Adds an organization by name, kind and status; what it brings and the contact are filled in on its card. */
export function AddOrganizationForm() {
  const [kind, setKind] = useState<Kind>("nonprofit");
  const [status, setStatus] = useState<Status>("candidate");
  const { form, submit, field } = useNameForm(
    (text) => organizationNameProblem(text, organizations.data.peek()),
    (text) => {
      const org = newOrganization(newId(), text, { kind, status });
      organizations.apply(`Add organization “${org.name}”`, (d) => addOrganization(d, org));
      listPage.value = Math.floor((organizations.data.peek().organizations.length - 1) / ORGANIZATIONS_PER_PAGE);
    },
  );
  return (
    <form ref={form} class="tool-form" aria-label="Add an organization" noValidate onSubmit={submit}>
      <TextField id="new-organization-name" label="Organization" wide autoComplete="organization" maxLength={NAME_MAX} {...field} />
      <SelectField id="new-organization-kind" label="Kind" value={kind} options={KIND_OPTIONS} onValue={setKind} />
      <SelectField id="new-organization-status" label="Status" value={status} options={STATUS_OPTIONS} onValue={setStatus} />
      <button type="submit">Add organization</button>
    </form>
  );
}
