import type { Letter, Person, RaciData, Task } from "./raci-tool";

/** What one person or role carries across the chart, tasks in row order. */
export interface PersonSummary {
  person: Person;
  accountable: Task[];
  responsible: Task[];
  consulted: Task[];
  informed: Task[];
}

function tasksWith(data: RaciData, personId: string, letter: Letter): Task[] {
  const ids = new Set(data.cells.filter((c) => c.personId === personId && c.letter === letter).map((c) => c.taskId));
  return data.tasks.filter((t) => ids.has(t.id));
}

/** One summary per column, in column order. */
export function personSummaries(data: RaciData): PersonSummary[] {
  return data.people.map((person) => ({
    person,
    accountable: tasksWith(data, person.id, "A"),
    responsible: tasksWith(data, person.id, "R"),
    consulted: tasksWith(data, person.id, "C"),
    informed: tasksWith(data, person.id, "I"),
  }));
}

const names = (tasks: readonly Task[]) => tasks.map((t) => t.name).join("; ");

/** "Accountable for: A; B. Responsible for: C." in words; "No tasks yet." when the person carries none. */
export function summaryText(summary: PersonSummary): string {
  const parts = [
    summary.accountable.length > 0 ? `Accountable for: ${names(summary.accountable)}.` : "",
    summary.responsible.length > 0 ? `Responsible for: ${names(summary.responsible)}.` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : "Not accountable or responsible for any task yet.";
}
