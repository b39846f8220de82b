import { useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { addPerson, addTask } from "~/lib/raci/raci-edit";
import { personNameProblem, taskNameProblem } from "~/lib/raci/raci-input";
import { PERSON_MAX, TASK_MAX } from "~/lib/raci/raci-tool";
import { Checkbox, SelectField, TextField } from "../shared/fields";
import { useNameForm } from "../shared/name-form";
import { hasOrganizations, organizationOptions } from "../shared/organizations";
import { raci } from "./raci-state";

/** Adds a task (a row of the chart). */
export function TaskForm() {
  const { form, submit, field } = useNameForm(
    (name) => taskNameProblem(name, raci.data.peek()),
    (name) => {
      const task = { id: newId(), name };
      raci.apply(`Add task “${name}”`, (d) => addTask(d, task));
    },
  );
  return (
    <form ref={form} class="tool-form raci-form" aria-label="Add a task" noValidate onSubmit={submit}>
      <TextField
        id="raci-new-task"
        label="Task"
        hint="A recurring piece of work, e.g. “Weekly produce order”."
        wide
        maxLength={TASK_MAX}
        {...field}
      />
      <button type="submit">Add task</button>
    </form>
  );
}

/** Adds a person or role (a column), marked as a group when it is a committee. */
export function PersonForm() {
  const [group, setGroup] = useState(false);
  const [organizationId, setOrganizationId] = useState("");
  const { form, submit, field } = useNameForm(
    (name) => personNameProblem(name, raci.data.peek()),
    (name) => {
      const person = { id: newId(), name, organizationId, group };
      raci.apply(`Add ${group ? "group" : "person or role"} “${name}”`, (d) => addPerson(d, person));
      setGroup(false);
    },
  );
  return (
    <form ref={form} class="tool-form raci-form" aria-label="Add a person or role" noValidate onSubmit={submit}>
      <TextField
        id="raci-new-person"
        label="Person or role"
        hint="A role outlives the person in it: “Market coordinator”."
        wide
        maxLength={PERSON_MAX}
        {...field}
      />
      {hasOrganizations.value && (
        <SelectField
          id="raci-new-person-organization"
          label="Organization"
          value={organizationId}
          options={organizationOptions.value}
          onValue={setOrganizationId}
        />
      )}
      <Checkbox label="It is a group (a committee), which cannot be the Accountable" checked={group} onValue={setGroup} />
      <button type="submit">Add person or role</button>
    </form>
  );
}
