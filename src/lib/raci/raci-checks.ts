import type { Cell, Letter, Person, RaciData, Task } from "./raci-tool";

/**
 * The rules RACI tools enforce: every task has exactly one Accountable and at least one Responsible; the Accountable
 * is one person or role, not a group; and no column carries more Responsible tasks than the reader's limit.
 */

/** What is wrong with one task. */
export type TaskProblem =
  { kind: "accountable-count"; count: number } | { kind: "no-responsible" } | { kind: "group-accountable"; group: string };

/** Of `people`, those whose cell among `cells` (one task's) holds `letter`, in column order. */
function holders(people: readonly Person[], cells: readonly Cell[], letter: Letter): Person[] {
  const ids = new Set(cells.filter((c) => c.letter === letter).map((c) => c.personId));
  return people.filter((p) => ids.has(p.id));
}

/** Each task's cells, by task id, in one pass over the chart (a task with no letters has no entry). */
export function cellsByTask(data: RaciData): Map<string, Cell[]> {
  const byTask = new Map<string, Cell[]>();
  for (const cell of data.cells) {
    const row = byTask.get(cell.taskId);
    if (row) row.push(cell);
    else byTask.set(cell.taskId, [cell]);
  }
  return byTask;
}

/** For every task, in row order, the people holding each of `letters` on it, in column order. */
export function holdersByTask<L extends Letter>(data: RaciData, letters: readonly L[]): { task: Task; holders: Record<L, Person[]> }[] {
  const byTask = cellsByTask(data);
  return data.tasks.map((task) => {
    const cells = byTask.get(task.id) ?? [];
    return { task, holders: Object.fromEntries(letters.map((l) => [l, holders(data.people, cells, l)])) as Record<L, Person[]> };
  });
}

/** The problems of a task whose cells are `cells`. */
function problemsOf(people: readonly Person[], cells: readonly Cell[]): TaskProblem[] {
  const problems: TaskProblem[] = [];
  const accountable = holders(people, cells, "A");
  if (accountable.length !== 1) problems.push({ kind: "accountable-count", count: accountable.length });
  if (!cells.some((c) => c.letter === "R" && people.some((p) => p.id === c.personId))) problems.push({ kind: "no-responsible" });
  for (const group of accountable.filter((p) => p.group)) problems.push({ kind: "group-accountable", group: group.name });
  return problems;
}

/** A task's problems, in the order the page lists them; empty when it passes. */
export function taskProblems(data: RaciData, taskId: string): TaskProblem[] {
  return problemsOf(
    data.people,
    data.cells.filter((c) => c.taskId === taskId),
  );
}

/** A problem in words, as shown beside the task: "needs exactly one Accountable (it has 2)". */
export function problemText(problem: TaskProblem): string {
  switch (problem.kind) {
    case "accountable-count":
      return `needs exactly one Accountable (it has ${problem.count === 0 ? "none" : problem.count})`;
    case "no-responsible":
      return "needs at least one Responsible";
    case "group-accountable":
      return `needs one person or role as Accountable, not a group (${problem.group})`;
  }
}

/** A column with more Responsible tasks than the limit. */
export interface Overload {
  person: Person;
  responsible: number;
}

/** The columns over the limit, in column order. */
export function overloads(data: RaciData): Overload[] {
  const responsible = new Map<string, number>();
  for (const cell of data.cells) if (cell.letter === "R") responsible.set(cell.personId, (responsible.get(cell.personId) ?? 0) + 1);
  return data.people
    .map((person) => ({ person, responsible: responsible.get(person.id) ?? 0 }))
    .filter((o) => o.responsible > data.overloadLimit);
}

/** "Responsible for 6 tasks, more than the limit of 5". */
export function overloadText(overload: Overload, limit: number): string {
  return `Responsible for ${overload.responsible} tasks, more than the limit of ${limit}`;
}

/** Every task with its problems, in row order; the chart passes when every list is empty and nothing is overloaded. */
export function chartProblems(data: RaciData): { task: Task; problems: TaskProblem[] }[] {
  const byTask = cellsByTask(data);
  return data.tasks.map((task) => ({ task, problems: problemsOf(data.people, byTask.get(task.id) ?? []) }));
}

/** Whether the chart passes all its checks (an empty chart does). */
export function chartPasses(data: RaciData): boolean {
  return chartProblems(data).every((t) => t.problems.length === 0) && overloads(data).length === 0;
}
