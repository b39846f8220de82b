import type { Letter } from "./raci-tool";

/** A cell of the chart by its row and column index, as the keyboard moves between them. */
export interface CellPoint {
  row: number;
  column: number;
}

/** What a key does to a cell: the letter it writes, "" to empty it, or null when it writes nothing. */
export function letterForKey(key: string): Letter | "" | null {
  const upper = key.length === 1 ? key.toUpperCase() : key;
  if (upper === "R" || upper === "A" || upper === "C" || upper === "I") return upper;
  return key === "Delete" || key === "Backspace" ? "" : null;
}

const clamp = (value: number, size: number) => Math.min(size - 1, Math.max(0, value));

/**
 * Where a key moves the focus in a chart of `rows` × `columns` cells (as in the risk matrix: arrows, Home and End
 * within the row); null for keys that do not move it. Edges hold.
 */
export function moveInChart(at: CellPoint, key: string, rows: number, columns: number): CellPoint | null {
  switch (key) {
    case "ArrowUp":
      return { ...at, row: clamp(at.row - 1, rows) };
    case "ArrowDown":
      return { ...at, row: clamp(at.row + 1, rows) };
    case "ArrowLeft":
      return { ...at, column: clamp(at.column - 1, columns) };
    case "ArrowRight":
      return { ...at, column: clamp(at.column + 1, columns) };
    case "Home":
      return { ...at, column: 0 };
    case "End":
      return { ...at, column: columns - 1 };
    default:
      return null;
  }
}

/** The accessible name of a cell: "<task>: <person or role>". */
export function cellName(task: string, person: string): string {
  return `${task}: ${person}`;
}

const CYCLE: readonly (Letter | "")[] = ["", "R", "A", "C", "I"];

/** The letter a click or tap puts in a cell holding `letter`: empty → R → A → C → I → empty. */
export function nextLetter(letter: Letter | ""): Letter | "" {
  return CYCLE[(CYCLE.indexOf(letter) + 1) % CYCLE.length] ?? "";
}
