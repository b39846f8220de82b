import { toCsv } from "../csv";
import { type ToolExports, csvWhen } from "../exports";
import type { EngagementData, Feedback } from "./engagement-tool";
import { STATUS_LABEL } from "./feedback-log";
import { IAP2_LABEL } from "./iap2";
import { isOverdue } from "./engagement-plan";
import { QUADRANT_LABEL } from "./power-interest";
import { stakeholderRows } from "./stakeholder-map";
import { STANCE_LABEL, stakeholderName } from "./stakeholders";

/** A table of text cells: what a CSV file and the plan document both show. */
export interface TextTable {
  header: string[];
  rows: string[][];
}

/** The stakeholder map, one row per stakeholder; `organizations` maps organization ids to names. */
export function stakeholderTable(data: EngagementData, organizations: ReadonlyMap<string, string>): TextTable {
  const rows = stakeholderRows(data, organizations).map(({ stakeholder: s, name, quadrant, level, suggested }) => [
    name,
    String(s.power),
    String(s.interest),
    QUADRANT_LABEL[quadrant],
    STANCE_LABEL[s.stanceNow],
    STANCE_LABEL[s.stanceWanted],
    IAP2_LABEL[level],
    suggested ? "Suggested" : "Chosen",
  ]);
  const header = ["Stakeholder", "Power", "Interest", "Quadrant", "Stance now", "Stance wanted", "Engagement level", "Level set by"];
  return { header, rows };
}

/** Days as "yyyy-mm-dd", as spreadsheets read them; the plan document writes them out. */
const asStored = (iso: string) => iso;

/** The engagement plan, one row per topic, with whether each is overdue on `today`; `day` writes each date. */
export function planTable(
  data: EngagementData,
  organizations: ReadonlyMap<string, string>,
  today: string,
  day: (iso: string) => string = asStored,
): TextTable {
  const names = new Map(data.stakeholders.map((s) => [s.id, stakeholderName(s, organizations)]));
  const rows = data.plan.map((row) => [
    row.topic,
    row.stakeholderIds.map((id) => names.get(id) ?? "").join("; "),
    IAP2_LABEL[row.level],
    row.method,
    day(row.date),
    row.owner,
    row.done ? "Done" : isOverdue(row, today) ? "Overdue" : "Planned",
  ]);
  return { header: ["Topic", "Stakeholders", "Level", "Method", "Date", "Owner", "Status"], rows };
}

/** The "you said, we did" log, one row per entry (all of them, or those `keep` keeps); `day` writes each date. */
export function feedbackTable(
  data: EngagementData,
  keep: (entry: Feedback) => boolean = () => true,
  day: (iso: string) => string = asStored,
): TextTable {
  const rows = data.feedback.filter(keep).map((f) => [day(f.date), f.from, f.what, f.response, STATUS_LABEL[f.status]]);
  return { header: ["Date", "From", "You said", "We did", "Status"], rows };
}

const csvOf = ({ header, rows }: TextTable) => toCsv(header, rows);

export function stakeholdersCsv(data: EngagementData, organizations: ReadonlyMap<string, string>): string {
  return csvOf(stakeholderTable(data, organizations));
}

export function planCsv(data: EngagementData, organizations: ReadonlyMap<string, string>, today: string): string {
  return csvOf(planTable(data, organizations, today));
}

export function feedbackCsv(data: EngagementData): string {
  return csvOf(feedbackTable(data));
}

/**
 * What the map, plan and log offer to take away: a CSV of each table, and a printout. Names of organizations and the
 * day that decides what is overdue are read when the file is made.
 */
export function engagementExports(organizations: () => ReadonlyMap<string, string>, today: () => string): ToolExports<EngagementData> {
  return {
    csv: [
      csvWhen(
        "stakeholder map",
        (data) => data.stakeholders.length > 0,
        (data) => stakeholdersCsv(data, organizations()),
      ),
      csvWhen(
        "engagement plan",
        (data) => data.plan.length > 0,
        (data) => planCsv(data, organizations(), today()),
      ),
      csvWhen("you said we did log", (data) => data.feedback.length > 0, feedbackCsv),
    ],
    print: true,
  };
}
