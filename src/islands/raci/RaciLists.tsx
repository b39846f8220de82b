import { useComputed } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { moveTask, removePerson, removeTask, renamePerson, renameTask, setPersonGroup, setPersonOrganization } from "~/lib/raci/raci-edit";
import { personNameProblem, taskNameProblem } from "~/lib/raci/raci-input";
import { PERSON_MAX, type Person, TASK_MAX } from "~/lib/raci/raci-tool";
import { afterPaint } from "../shared/after-paint";
import { Checkbox, SelectField, TextField } from "../shared/fields";
import { hasOrganizations, optionsHolding } from "../shared/organizations";
import { people, raci, taskById, taskIds } from "./raci-state";

/** A list tucked away under its summary, so the chart stays near its forms; its items are drawn only while it is open. */
function Tucked({ summary, children }: { summary: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="raci-edit" onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && <ol class="raci-edit__list">{children()}</ol>}
    </details>
  );
}

/** The tasks, to rename, reorder or remove. */
export function TaskList() {
  const ids = taskIds.value;
  if (ids.length === 0) return null;
  return (
    <Tucked summary={`Rename, move or remove tasks (${ids.length})`}>
      {() => ids.map((id, index) => <TaskItem key={id} id={id} number={index + 1} last={index === ids.length - 1} />)}
    </Tucked>
  );
}

/**
 * Moves a task one place and keeps the focus on it: on the button pressed, or on the other one when the task has
 * reached the end of the list, so a reader can press Move down again and again.
 */
function move(id: string, name: string, direction: "up" | "down"): void {
  raci.apply(`Move “${name}” ${direction}`, (d) => moveTask(d, id, direction === "up" ? -1 : 1));
  afterPaint(() => {
    const button = (way: string) => document.querySelector<HTMLButtonElement>(`[data-move="${CSS.escape(id)} ${way}"]`);
    const same = button(direction);
    (same && !same.disabled ? same : button(direction === "up" ? "down" : "up"))?.focus();
  });
}

function TaskItem({ id, number, last }: { id: string; number: number; last: boolean }) {
  const task = useComputed(() => taskById.value.get(id)).value;
  if (!task) return null;
  return (
    <li class="raci-edit__item">
      <TextField
        id={`raci-task-${id}`}
        label={`Task ${number}`}
        maxLength={TASK_MAX}
        value={task.name}
        required="Write the name of the task."
        check={(text) => taskNameProblem(text, raci.data.peek(), id)}
        onValue={(name) => raci.apply(`Rename task ${number}`, (d) => renameTask(d, id, name), `task-${id}-name`)}
      />
      <span class="raci-edit__actions">
        <button type="button" data-move={`${id} up`} disabled={number === 1} onClick={() => move(id, task.name, "up")}>
          Move up<span class="visually-hidden">: {task.name}</span>
        </button>
        <button type="button" data-move={`${id} down`} disabled={last} onClick={() => move(id, task.name, "down")}>
          Move down<span class="visually-hidden">: {task.name}</span>
        </button>
        <button type="button" class="button--quiet" onClick={() => raci.apply(`Remove task “${task.name}”`, (d) => removeTask(d, id))}>
          Remove<span class="visually-hidden"> task {task.name}</span>
        </button>
      </span>
    </li>
  );
}

/** The people and roles, to rename, mark as a group, or remove. */
export function PersonList() {
  const columns = people.value;
  if (columns.length === 0) return null;
  return (
    <Tucked summary={`Rename, mark as a group or remove people and roles (${columns.length})`}>
      {() => columns.map((person, index) => <PersonItem key={person.id} person={person} number={index + 1} />)}
    </Tucked>
  );
}

function PersonItem({ person, number }: { person: Person; number: number }) {
  return (
    <li class="raci-edit__item">
      <TextField
        id={`raci-person-${person.id}`}
        label={`Person or role ${number}`}
        maxLength={PERSON_MAX}
        value={person.name}
        required="Write the name of the person or role."
        check={(text) => personNameProblem(text, raci.data.peek(), person.id)}
        onValue={(name) =>
          raci.apply(`Rename person or role ${number}`, (d) => renamePerson(d, person.id, name), `person-${person.id}-name`)
        }
      />
      {hasOrganizations.value && (
        <SelectField
          id={`raci-person-${person.id}-organization`}
          label={`Organization of ${person.name}`}
          value={person.organizationId}
          options={optionsHolding(person.organizationId)}
          onValue={(org) => raci.apply(`Change the organization of “${person.name}”`, (d) => setPersonOrganization(d, person.id, org))}
        />
      )}
      <span class="raci-edit__actions">
        <Checkbox
          label={
            <>
              Group<span class="visually-hidden">: {person.name}</span>
            </>
          }
          checked={person.group}
          onValue={(group) =>
            raci.apply(`Mark “${person.name}” as ${group ? "a group" : "one person or role"}`, (d) => setPersonGroup(d, person.id, group))
          }
        />
        <button
          type="button"
          class="button--quiet"
          onClick={() => raci.apply(`Remove “${person.name}”`, (d) => removePerson(d, person.id))}
        >
          Remove<span class="visually-hidden"> {person.name}</span>
        </button>
      </span>
    </li>
  );
}
