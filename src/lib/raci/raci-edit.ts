import { findByName, tidyName } from "../organizations/names";
import {
  type Letter,
  MAX_OVERLOAD_LIMIT,
  MAX_PEOPLE,
  MAX_TASKS,
  PERSON_MAX,
  type Person,
  type RaciData,
  TASK_MAX,
  type Task,
} from "./raci-tool";

/**
 * Edits of the RACI chart, addressed by task and person id. Each returns the next data, or the same object when nothing
 * changes, including when the edit would break a rule of the schema (the form says why, from raci-input).
 */

const fits = (items: readonly { id: string; name: string }[], name: string, max: number, exceptId?: string) =>
  name !== "" && name.length <= max && findByName(items, name, exceptId) === undefined;

export function addTask(data: RaciData, task: Task): RaciData {
  const name = tidyName(task.name);
  if (data.tasks.length >= MAX_TASKS || data.tasks.some((t) => t.id === task.id) || !fits(data.tasks, name, TASK_MAX)) return data;
  return { ...data, tasks: [...data.tasks, { id: task.id, name }] };
}

export function renameTask(data: RaciData, id: string, name: string): RaciData {
  const tidy = tidyName(name);
  const task = data.tasks.find((t) => t.id === id);
  if (!task || task.name === tidy || !fits(data.tasks, tidy, TASK_MAX, id)) return data;
  return { ...data, tasks: data.tasks.map((t) => (t.id === id ? { ...t, name: tidy } : t)) };
}

/** Moves a task one row up (-1) or down (+1); at the edge nothing changes. */
export function moveTask(data: RaciData, id: string, step: -1 | 1): RaciData {
  const from = data.tasks.findIndex((t) => t.id === id);
  const to = from + step;
  if (from === -1 || to < 0 || to >= data.tasks.length) return data;
  const tasks = [...data.tasks];
  [tasks[from], tasks[to]] = [tasks[to] as Task, tasks[from] as Task];
  return { ...data, tasks };
}

/** Removes a task with its row of letters. */
export function removeTask(data: RaciData, id: string): RaciData {
  if (!data.tasks.some((t) => t.id === id)) return data;
  return { ...data, tasks: data.tasks.filter((t) => t.id !== id), cells: data.cells.filter((c) => c.taskId !== id) };
}

export function addPerson(data: RaciData, person: Person): RaciData {
  const name = tidyName(person.name);
  if (data.people.length >= MAX_PEOPLE || data.people.some((p) => p.id === person.id) || !fits(data.people, name, PERSON_MAX)) return data;
  return { ...data, people: [...data.people, { ...person, name }] };
}

function updatePerson(data: RaciData, id: string, patch: Partial<Person>): RaciData {
  const person = data.people.find((p) => p.id === id);
  if (!person || Object.entries(patch).every(([key, value]) => person[key as keyof Person] === value)) return data;
  return { ...data, people: data.people.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

export function renamePerson(data: RaciData, id: string, name: string): RaciData {
  const tidy = tidyName(name);
  return fits(data.people, tidy, PERSON_MAX, id) ? updatePerson(data, id, { name: tidy }) : data;
}

/** Marks a column as a group (a committee) or as one person or role. */
export function setPersonGroup(data: RaciData, id: string, group: boolean): RaciData {
  return updatePerson(data, id, { group });
}

/** Sets the organization (its id in step 2's list, or "" for none) a person or role belongs to. */
export function setPersonOrganization(data: RaciData, id: string, organizationId: string): RaciData {
  return updatePerson(data, id, { organizationId });
}

/** Removes a column with its letters. */
export function removePerson(data: RaciData, id: string): RaciData {
  if (!data.people.some((p) => p.id === id)) return data;
  return { ...data, people: data.people.filter((p) => p.id !== id), cells: data.cells.filter((c) => c.personId !== id) };
}

/** Puts a letter in a cell, or with "" empties it. Unknown tasks and people are refused. */
export function setRaci(data: RaciData, taskId: string, personId: string, letter: Letter | ""): RaciData {
  if (!data.tasks.some((t) => t.id === taskId) || !data.people.some((p) => p.id === personId)) return data;
  const current = data.cells.find((c) => c.taskId === taskId && c.personId === personId);
  if ((current?.letter ?? "") === letter) return data;
  const others = data.cells.filter((c) => c !== current);
  return { ...data, cells: letter === "" ? others : [...others, { taskId, personId, letter }] };
}

/** Sets the most Responsible tasks a column carries before it is flagged: a whole number from 1. */
export function setOverloadLimit(data: RaciData, limit: number): RaciData {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_OVERLOAD_LIMIT || limit === data.overloadLimit) return data;
  return { ...data, overloadLimit: limit };
}

/** Unlinks the people of an organization that leaves step 2's list; their columns and letters stay. */
export function forgetOrganization(data: RaciData, organizationId: string): RaciData {
  if (!data.people.some((p) => p.organizationId === organizationId)) return data;
  return { ...data, people: data.people.map((p) => (p.organizationId === organizationId ? { ...p, organizationId: "" } : p)) };
}

/** Where the chart uses an organization, in words for the question asked before deleting it; null when it does not. */
export function raciUses(data: RaciData, organizationId: string): string | null {
  const n = data.people.filter((p) => p.organizationId === organizationId).length;
  if (n === 0) return null;
  return `${n} ${n === 1 ? "person or role" : "people or roles"} in the RACI chart`;
}
