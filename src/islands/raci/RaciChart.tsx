import { useComputed } from "@preact/signals";
import { useLayoutEffect, useRef } from "preact/hooks";
import { setRaci } from "~/lib/raci/raci-edit";
import { type CellPoint, cellName, letterForKey, moveInChart, nextLetter } from "~/lib/raci/raci-keys";
import { LETTERS, type Letter } from "~/lib/raci/raci-tool";
import { Pager } from "../shared/Pager";
import {
  activate,
  activeCell,
  activePoint,
  chartView,
  firstShown,
  letterIn,
  overloadedIds,
  people,
  raci,
  rowLetters,
  rowProblems,
  shownIds,
  taskById,
  taskIds,
} from "./raci-state";

const WORD: Record<Letter, string> = Object.fromEntries(LETTERS.map((l) => [l.key, l.label])) as Record<Letter, string>;

/** Puts `letter` in a cell as one undoable step named for what the reader did. */
function setLetter(taskId: string, personId: string, letter: Letter | "") {
  const data = raci.data.peek();
  const task = data.tasks.find((t) => t.id === taskId)?.name ?? "";
  const person = data.people.find((p) => p.id === personId)?.name ?? "";
  const label = letter === "" ? `Clear ${person} for “${task}”` : `Mark ${person} ${WORD[letter]} for “${task}”`;
  raci.apply(label, (d) => setRaci(d, taskId, personId, letter));
}

/** The cell button a key event came from, with its place in the chart. */
function cellOf(event: Event): { button: HTMLButtonElement; row: number; column: number } | null {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>("button[data-column]");
  if (!button) return null;
  return { button, row: Number(button.dataset.row), column: Number(button.dataset.column) };
}

/**
 * The chart: tasks as rows, people and roles as columns, each cell a button. The chart is one tab stop (roving
 * tabindex); arrows, Home and End move, R, A, C and I write a letter, Delete and Backspace empty the cell, a click or
 * tap steps through the letters.
 */
export function RaciChart() {
  const table = useRef<HTMLTableElement>(null);
  // A move to a row on another page focuses its cell once that page is drawn.
  const pendingFocus = useRef<CellPoint | null>(null);
  const ids = shownIds.value;
  const first = firstShown.value;
  const columns = people.value;
  useLayoutEffect(() => {
    const at = pendingFocus.current;
    if (!at) return;
    pendingFocus.current = null;
    table.current?.querySelector<HTMLButtonElement>(`button[data-row="${at.row}"][data-column="${at.column}"]`)?.focus();
  });
  if (ids.length === 0 || columns.length === 0) {
    return (
      <p class="tool__empty">
        The chart appears once it has at least one task and one person or role. Add them above, or load the example to see the guide's
        chart.
      </p>
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const at = cellOf(event);
    if (!at || event.ctrlKey || event.metaKey || event.altKey) return;
    const move = moveInChart(at, event.key, taskIds.peek().length, people.peek().length);
    if (move) {
      event.preventDefault();
      const button = table.current?.querySelector<HTMLButtonElement>(`button[data-row="${move.row}"][data-column="${move.column}"]`);
      if (button) button.focus();
      else pendingFocus.current = move;
      activate(move);
      return;
    }
    const letter = letterForKey(event.key);
    const taskId = taskIds.peek()[at.row];
    const personId = people.peek()[at.column]?.id;
    if (letter === null || !taskId || !personId) return;
    event.preventDefault();
    setLetter(taskId, personId, letter);
  };
  return (
    <>
      <div class="table-scroll raci-scroll" tabIndex={0} role="region" aria-label="RACI chart: tasks by people and roles">
        <table ref={table} class="raci-chart" aria-describedby="raci-letters raci-keys" onKeyDown={onKeyDown}>
          <caption>RACI chart</caption>
          <ChartHead />
          <tbody>
            {ids.map((id, index) => (
              <ChartRow key={id} id={id} row={first + index} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager noun="tasks" count={taskIds.value.length} view={chartView.value} />
    </>
  );
}

function ChartHead() {
  const flagged = overloadedIds.value;
  return (
    <thead>
      <tr>
        <th scope="col">Task</th>
        {people.value.map((p) => (
          <th key={p.id} scope="col" class={flagged.includes(p.id) ? "raci-chart__person raci-chart__person--over" : "raci-chart__person"}>
            {p.name}
            {p.group && <span class="raci-chart__tag"> (group)</span>}
            {flagged.includes(p.id) && <span class="raci-chart__tag raci-chart__tag--over"> Overloaded</span>}
          </th>
        ))}
        <th scope="col">Checks</th>
      </tr>
    </thead>
  );
}

/** One task's row; it re-renders when its letters, its checks, its name or the columns change. */
function ChartRow({ id, row }: { id: string; row: number }) {
  const task = useComputed(() => taskById.value.get(id)).value;
  const letters = useComputed(() => rowLetters.value.get(id) ?? "").value;
  const problems = useComputed(() => rowProblems.value.get(id) ?? "").value;
  const active = useComputed(() => (activePoint.value.row === row ? activePoint.value.column : -1)).value;
  if (!task) return null;
  return (
    <tr class={problems ? "raci-row raci-row--fails" : "raci-row"}>
      <th scope="row">{task.name}</th>
      {people.value.map((person, column) => {
        const letter = letterIn(letters, column);
        return (
          <td key={person.id} class={letter ? `raci-cell raci-cell--${letter}` : "raci-cell"}>
            <button
              type="button"
              aria-label={cellName(task.name, person.name)}
              title={letter ? WORD[letter] : undefined}
              tabIndex={column === active ? 0 : -1}
              data-row={row}
              data-column={column}
              onFocus={() => (activeCell.value = { row, column })}
              onClick={() => setLetter(id, person.id, nextLetter(letter))}
            >
              {letter}
            </button>
          </td>
        );
      })}
      <td class="raci-checks">{problems ? <span class="raci-flag">{problems}</span> : "Passes"}</td>
    </tr>
  );
}
