import { type CsvCell, toCsv } from "../csv";
import { type ToolExports, csvWhen } from "../exports";
import { textLines } from "../list";
import { type Goal, type GoalsData, PRIORITY_LABELS, SMART_TESTS, smartScore } from "./goals-tool";

const HEADER = ["Goal", "Priority", "Owner", "What we want from a partnership", ...SMART_TESTS.map((t) => t.label), "SMART tests passed"];

function goalRow(goal: Goal): CsvCell[] {
  return [
    goal.title,
    PRIORITY_LABELS[goal.priority],
    goal.owner,
    goal.wants,
    ...SMART_TESTS.map((t) => (goal.smart[t.key] ? "Yes" : "No")),
    `${smartScore(goal)} of ${SMART_TESTS.length}`,
  ];
}

/** The worksheet's goals in list order, with the SMART tests each passes, as spreadsheet-safe CSV. */
export function goalsCsv(data: GoalsData): string {
  return toCsv(HEADER, data.goals.map(goalRow));
}

/** What the organization can offer and its non-negotiables, one row an item, as spreadsheet-safe CSV. */
export function offersCsv(data: GoalsData): string {
  const rows = [
    ...textLines(data.offers).map((item) => ["What we can offer", item]),
    ...textLines(data.nonNegotiables).map((item) => ["Non-negotiable", item]),
  ];
  return toCsv(["List", "Item"], rows);
}

const hasGoals = (data: GoalsData) => data.goals.length > 0;
const hasLists = (data: GoalsData) => textLines(data.offers).length + textLines(data.nonNegotiables).length > 0;

/** The worksheet's downloads: its goals, and its offers and non-negotiables, as CSV, and a printout of the tool. */
export const goalsExports: ToolExports<GoalsData> = {
  csv: [csvWhen("goals", hasGoals, goalsCsv), csvWhen("offers and non-negotiables", hasLists, offersCsv)],
  print: true,
};
