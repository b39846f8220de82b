import { useRef, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { addPerson, addTask } from "~/lib/raci/raci-edit";
import { personNameProblem, taskNameProblem } from "~/lib/raci/raci-input";
import { PERSON_MAX, TASK_MAX } from "~/lib/raci/raci-tool";
import { tidyName } from "~/lib/names";
import { Checkbox, TextField, useFocusFirstError } from "../shared/fields";
import { raci } from "./raci-state";

/** Adds a task (a row of the chart); the name stays in the field until it is added. */
export function TaskForm() {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const submit = (event: Event) => {
    event.preventDefault();
    const problem = taskNameProblem(name, raci.data.peek());
    setError(problem);
    if (problem) return focusError();
    const task = { id: newId(), name: tidyName(name) };
    raci.apply(`Add task “${task.name}”`, (d) => addTask(d, task));
    setName("");
    field.current?.focus();
  };
  return (
    <form ref={form} class="tool-form raci-form" aria-label="Add a task" noValidate onSubmit={submit}>
      <TextField
        id="raci-new-task"
        label="Task"
        hint="A recurring piece of work, e.g. “Weekly produce order”."
        wide
        maxLength={TASK_MAX}
        value={name}
        error={error}
        inputRef={field}
        onValue={setName}
      />
      <button type="submit">Add task</button>
    </form>
  );
}

/** Adds a person or role (a column), marked as a group when it is a committee. */
export function PersonForm() {
  const [name, setName] = useState("");
  const [group, setGroup] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const submit = (event: Event) => {
    event.preventDefault();
    const problem = personNameProblem(name, raci.data.peek());
    setError(problem);
    if (problem) return focusError();
    const person = { id: newId(), name: tidyName(name), organizationId: "", group };
    raci.apply(`Add ${group ? "group" : "person or role"} “${person.name}”`, (d) => addPerson(d, person));
    setName("");
    setGroup(false);
    field.current?.focus();
  };
  return (
    <form ref={form} class="tool-form raci-form" aria-label="Add a person or role" noValidate onSubmit={submit}>
      <TextField
        id="raci-new-person"
        label="Person or role"
        hint="A role outlives the person in it: “Market coordinator”."
        wide
        maxLength={PERSON_MAX}
        value={name}
        error={error}
        inputRef={field}
        onValue={setName}
      />
      <Checkbox label="It is a group (a committee), which cannot be the Accountable" checked={group} onValue={setGroup} />
      <button type="submit">Add person or role</button>
    </form>
  );
}
