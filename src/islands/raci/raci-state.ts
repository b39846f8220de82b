import { batch, computed, signal } from "@preact/signals";
import { pageOf } from "~/lib/paging";
import { chartProblems, overloads, problemText } from "~/lib/raci/raci-checks";
import type { CellPoint } from "~/lib/raci/raci-keys";
import { personSummaries } from "~/lib/raci/raci-summary";
import { type Letter, raciTool, tasksPerPage } from "~/lib/raci/raci-tool";
import type { PageView } from "../shared/Pager";
import { printing } from "../shared/printing";
import { computedById, computedIds, computedList } from "../shared/select";
import { toolState } from "../shared/tool-state";

/** The RACI chart's saved state, shared by every part of the tool. */
export const raci = toolState(raciTool);

export const taskIds = computedIds(() => raci.data.value.tasks);
export const taskById = computedById(() => raci.data.value.tasks);
/** The columns; a list that keeps its identity while no person or role changes. */
export const people = computedList(() => raci.data.value.people);
export const overloadLimit = computed(() => raci.data.value.overloadLimit);

/**
 * Each task's letters in column order, one character per column ("." for an empty cell): a row reads its own string,
 * so it re-renders only when one of its letters, or the columns, change.
 */
export const rowLetters = computed(() => {
  const { tasks, cells } = raci.data.value;
  const columns = new Map(people.value.map((p, i) => [p.id, i]));
  const rows = new Map(tasks.map((t) => [t.id, Array<string>(columns.size).fill(".")]));
  for (const cell of cells) {
    const column = columns.get(cell.personId);
    const row = rows.get(cell.taskId);
    if (row && column !== undefined) row[column] = cell.letter;
  }
  return new Map([...rows].map(([id, letters]) => [id, letters.join("")]));
});

/** The letter at `column` of a row's string, or "" for an empty cell. */
export function letterIn(letters: string, column: number): Letter | "" {
  const letter = letters[column];
  return letter === undefined || letter === "." ? "" : (letter as Letter);
}

/** Each task's problems in words, joined ("" when it passes). */
export const rowProblems = computed(
  () => new Map(chartProblems(raci.data.value).map(({ task, problems }) => [task.id, problems.map(problemText).join("; ")])),
);
export const failingTasks = computed(() => [...rowProblems.value.values()].filter((text) => text !== "").length);
export const overloaded = computed(() => overloads(raci.data.value));
/** The overloaded columns' ids: the chart's header re-renders only when this list changes. */
export const overloadedIds = computedList(() => overloaded.value.map((o) => o.person.id));
export const summaries = computed(() => personSummaries(raci.data.value));

/** Tasks shown at a time, fewer as the columns grow (lib/raci/raci-tool.ts). */
export const pageSize = computed(() => tasksPerPage(people.value.length));
/** The page of tasks the reader turned to (clamped as the chart shrinks). */
export const chartPage = signal(0);
/** The page shown, every task while the browser prints; turning it sets `chartPage`. */
export const chartView = computed<PageView>(() => {
  const count = taskIds.value.length;
  const page = pageOf(count, chartPage.value, pageSize.value);
  const turn = (to: number) => (chartPage.value = to);
  return printing.value ? { ...page, start: 0, end: count, turn } : { ...page, turn };
});
/** The first row shown, and the ids of the rows shown. */
export const firstShown = computed(() => chartView.value.start);
export const shownIds = computedList(() => taskIds.value.slice(chartView.value.start, chartView.value.end));

/** The cell in the tab order (the chart is one tab stop), by row in the whole chart and column. */
export const activeCell = signal<CellPoint>({ row: 0, column: 0 });
/** The active cell, kept on the rows shown and inside the chart as it shrinks. */
export const activePoint = computed<CellPoint>(() => ({
  row: Math.max(firstShown.value, Math.min(activeCell.value.row, firstShown.value + shownIds.value.length - 1)),
  column: Math.max(0, Math.min(activeCell.value.column, people.value.length - 1)),
}));

/** Makes `point` the active cell, turning to its page. */
export function activate(point: CellPoint): void {
  batch(() => {
    activeCell.value = point;
    chartPage.value = Math.floor(point.row / pageSize.peek());
  });
}
