import { type CsvCell, toCsv } from "../csv";
import { type ToolExports, csvWhen } from "../exports";
import { problemText, taskProblems } from "./raci-checks";
import { type RaciData, letterAt } from "./raci-tool";

/** The header: the task, one column per person or role (groups marked), then the checks. */
export function raciCsvHeader(data: RaciData): string[] {
  return ["Task", ...data.people.map((p) => (p.group ? `${p.name} (group)` : p.name)), "Checks"];
}

/** One task's row: its letters, and its problems in words ("" when it passes). */
export function raciCsvRow(data: RaciData, taskId: string): CsvCell[] {
  const task = data.tasks.find((t) => t.id === taskId);
  return [
    task?.name ?? "",
    ...data.people.map((p) => letterAt(data, taskId, p.id)),
    taskProblems(data, taskId).map(problemText).join("; "),
  ];
}

/** The chart in row order as spreadsheet-safe CSV. */
export function raciCsv(data: RaciData): string {
  return toCsv(
    raciCsvHeader(data),
    data.tasks.map((t) => raciCsvRow(data, t.id)),
  );
}

/** "pivotpath-raci-chart-2027-03-01.csv" for a "yyyy-mm-dd" day. */
export function raciCsvFileName(day: string): string {
  return `pivotpath-raci-chart-${day}.csv`;
}

/** What the chart offers to take away: the chart as CSV, and a printout. */
export const raciExports: ToolExports<RaciData> = {
  csv: [csvWhen("RACI chart", (data) => data.tasks.length > 0, raciCsv)],
  print: true,
};
