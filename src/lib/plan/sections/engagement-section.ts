import { paragraph, table } from "../../agreement/agreement-blocks";
import { formatDate } from "../../dates";
import { feedbackTable, planTable, stakeholderTable } from "../../engagement/engagement-csv";
import { overdueCount } from "../../engagement/engagement-plan";
import { openCount } from "../../engagement/feedback-log";
import type { DocBlock } from "../plan-document";
import type { SavedWork, SectionContext } from "../saved-work";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Step 6: the stakeholder map, the engagement plan, and the "you said, we did" items still open. */
export function engagementSection({ engagement, organizations }: SavedWork, { today, locale }: SectionContext): DocBlock[] {
  if (!engagement) return [];
  const names = new Map((organizations?.organizations ?? []).map((o) => [o.id, o.name]));
  const stakeholders = stakeholderTable(engagement, names);
  const day = (iso: string) => (iso === "" ? "" : formatDate(iso, locale));
  const plan = planTable(engagement, names, today, day);
  const open = feedbackTable(engagement, (f) => f.status === "open", day);
  const overdue = overdueCount(engagement.plan, today);
  return [
    { kind: "subheading", text: "Stakeholders" },
    ...(stakeholders.rows.length === 0 ? [paragraph("No stakeholders on the map yet.")] : []),
    ...table("Stakeholder map", stakeholders.header, stakeholders.rows),
    { kind: "subheading", text: "Engagement plan" },
    paragraph(
      plan.rows.length === 0
        ? "No engagement planned yet."
        : `${plural(plan.rows.length, "topic", "topics")} planned, ${overdue === 0 ? "none" : overdue} overdue.`,
    ),
    ...table("Engagement plan", plan.header, plan.rows),
    { kind: "subheading", text: "“You said, we did”" },
    paragraph(
      `${plural(engagement.feedback.length, "item", "items")} in the log, ${plural(openCount(engagement.feedback), "still open", "still open")}.`,
    ),
    ...table("Open items: what people said, not yet answered", open.header, open.rows),
  ];
}
