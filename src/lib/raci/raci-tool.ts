import * as v from "valibot";
import { namesAreUnique } from "../organizations/names";
import { rowsPerPage } from "../paging";
import { list, requiredText, rowId } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";

/** The four letters of a RACI chart; an empty cell has none. */
export const LETTERS = [
  { key: "R", label: "Responsible", hint: "does the work" },
  { key: "A", label: "Accountable", hint: "answers for the result and signs it off" },
  { key: "C", label: "Consulted", hint: "asked before, two-way" },
  { key: "I", label: "Informed", hint: "told after, one-way" },
] as const;
export type Letter = (typeof LETTERS)[number]["key"];

export const MAX_TASKS = 100;
export const MAX_PEOPLE = 30;
export const TASK_MAX = 200;
export const PERSON_MAX = 120;
/** The default most Responsible tasks one column carries before it is flagged as overloaded. */
export const DEFAULT_OVERLOAD_LIMIT = 5;
/** The chart shows at most this many cells at once, and never more than 20 tasks. */
export const RACI_CELLS_PER_PAGE = 300;

/**
 * Tasks on one page of the chart with `people` columns: a chart of up to 20 tasks shows whole while it has up to 15
 * columns; a larger or wider one turns pages (10 tasks with 30 people), so a keystroke or a new column stays quick.
 */
export const tasksPerPage = (people: number): number => rowsPerPage(people, 20, RACI_CELLS_PER_PAGE);
export const MAX_OVERLOAD_LIMIT = MAX_TASKS;

const PersonSchema = v.object({
  /** Stable row id; cells point at it. */
  id: rowId,
  /** A person or a role ("Market coordinator"); a role outlives the person in it. Unique in the chart. */
  name: requiredText(PERSON_MAX),
  /** Their organization's id in step 2's list, or "" when not said. */
  organizationId: v.union([v.literal(""), rowId]),
  /** True when the column stands for a group (a committee), which can do work but cannot be the one Accountable. */
  group: v.boolean(),
});

const TaskSchema = v.object({
  /** Stable row id; cells point at it. */
  id: rowId,
  /** The recurring activity, e.g. "Weekly produce order and delivery". Unique in the chart. */
  name: requiredText(TASK_MAX),
});

const CellSchema = v.object({
  taskId: rowId,
  personId: rowId,
  /** The letter in the cell; a cell without an entry is empty. */
  letter: v.picklist(LETTERS.map((l) => l.key)),
});

export const RaciSchema = v.object({
  /** The columns, in the order the chart shows them. */
  people: v.pipe(
    list(PersonSchema, MAX_PEOPLE),
    v.check((items) => namesAreUnique(items), "names of people and roles must be unique"),
  ),
  /** The rows, in the order the chart shows them. */
  tasks: v.pipe(
    list(TaskSchema, MAX_TASKS),
    v.check((items) => namesAreUnique(items), "task names must be unique"),
  ),
  /** At most one letter per task and column. */
  cells: v.pipe(
    list(CellSchema, MAX_TASKS * MAX_PEOPLE),
    v.check((cells) => new Set(cells.map((c) => `${c.taskId}\u0000${c.personId}`)).size === cells.length, "one letter per cell"),
  ),
  /** A column with more Responsible tasks than this is flagged as overloaded. */
  overloadLimit: v.pipe(v.number(), v.integer("must be a whole number"), v.minValue(1), v.maxValue(MAX_OVERLOAD_LIMIT)),
});

export type Person = v.InferOutput<typeof PersonSchema>;
export type Task = v.InferOutput<typeof TaskSchema>;
export type Cell = v.InferOutput<typeof CellSchema>;
export type RaciData = v.InferOutput<typeof RaciSchema>;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Step 4's RACI chart: who is Responsible, Accountable, Consulted and Informed for each recurring task. */
export const raciTool: ToolDefinition<RaciData> = {
  id: "raci",
  title: "RACI chart",
  step: 4,
  version: 1,
  schema: RaciSchema,
  migrations: [],
  empty: () => ({ people: [], tasks: [], cells: [], overloadLimit: DEFAULT_OVERLOAD_LIMIT }),
  summarize: ({ tasks, people }) =>
    tasks.length + people.length === 0
      ? ""
      : `${count(tasks.length, "task", "tasks")}, ${count(people.length, "person or role", "people or roles")}`,
};

/** The letter in one cell, or "" when it is empty. */
export function letterAt(data: RaciData, taskId: string, personId: string): Letter | "" {
  return data.cells.find((c) => c.taskId === taskId && c.personId === personId)?.letter ?? "";
}
