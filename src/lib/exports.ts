/** A table of a tool the reader can download as CSV. */
export interface CsvExport<T> {
  /** What the table is, in words that follow "Download the": "risk register", "KPI tracker". */
  readonly name: string;
  /** The file's text (formula-safe, see csv.ts), or null while there is nothing to download. */
  readonly csv: (data: T) => string | null;
  /** Whether there is anything to download, checked cheaply on every change: the button is disabled while there is not. */
  readonly available?: (data: T) => boolean;
}

/**
 * A table offered while `available` says it has something in it: its button is disabled and its file null until then,
 * and `write` only runs when it does.
 */
export function csvWhen<T>(name: string, available: (data: T) => boolean, write: (data: T) => string): CsvExport<T> {
  return { name, available, csv: (data) => (available(data) ? write(data) : null) };
}

/** Everything a tool offers to take away: its CSV tables, and whether it prints. */
export interface ToolExports<T> {
  readonly csv: readonly CsvExport<T>[];
  /** The tool prints on its own (the guide page around it is left out). */
  readonly print: boolean;
}

export const CSV_TYPE = "text/csv;charset=utf-8";

/** The one label of a CSV download button. */
export function csvLabel(name: string): string {
  return `Download the ${name} (CSV)`;
}

/** "pivotpath-risk-register-2026-11-28.csv": the one file-name scheme of every download. */
export function exportFileName(name: string, day: string, extension: string): string {
  const slug = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `pivotpath-${slug}-${day}.${extension}`;
}
