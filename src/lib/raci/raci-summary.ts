import type { Letter, Person, RaciData, Task } from "./raci-tool";

/** What one person or role carries across the chart, tasks in row order. */
export interface PersonSummary {
  person: Person;
  accountable: Task[];
  responsible: Task[];
  consulted: Task[];
  informed: Task[];
}

/** One summary per column, in column order; the cells are read once, whatever the size of the chart. */
export function personSummaries(data: RaciData): PersonSummary[] {
  const held = new Map<string, Set<string>>();
  for (const cell of data.cells) {
    const key = `${cell.personId}\u0000${cell.letter}`;
    const tasks = held.get(key);
    if (tasks) tasks.add(cell.taskId);
    else held.set(key, new Set([cell.taskId]));
  }
  const tasksWith = (personId: string, letter: Letter) => {
    const ids = held.get(`${personId}\u0000${letter}`);
    return ids ? data.tasks.filter((t) => ids.has(t.id)) : [];
  };
  return data.people.map((person) => ({
    person,
    accountable: tasksWith(person.id, "A"),
    responsible: tasksWith(person.id, "R"),
    consulted: tasksWith(person.id, "C"),
    informed: tasksWith(person.id, "I"),
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
