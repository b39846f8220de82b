import { paragraph, table } from "../../agreement/agreement-blocks";
import { SMART_TESTS, byPriority, smartScore } from "../../goals/goals-tool";
import { textLines } from "../../list";
import type { DocBlock } from "../plan-document";
import type { SavedWork } from "../saved-work";

const PRIORITY_LABEL = { high: "High", medium: "Medium", low: "Low" } as const;

/**
 * Step 1: the organization's goals, high priority first, each with the SMART tests it passes; then what it can offer
 * partners and its non-negotiables, once written.
 */
export function goalsSection({ goals }: SavedWork): DocBlock[] {
  if (!goals) return [];
  const organization = goals.organization.trim();
  const rows = byPriority(goals.goals).map((goal) => {
    const passed = SMART_TESTS.filter((test) => goal.smart[test.key]).map((test) => test.label);
    const smart = `${smartScore(goal)} of 5${passed.length > 0 ? `: ${passed.join(", ")}` : ""}`;
    return [goal.title, PRIORITY_LABEL[goal.priority], goal.owner, smart, goal.wants];
  });
  return [
    ...(organization === "" ? [] : [paragraph(`Organization: ${organization}.`)]),
    ...(rows.length === 0 ? [paragraph("No goals written yet.")] : []),
    ...table("Goals and objectives", ["Goal", "Priority", "Owner", "SMART tests passed", "What we want from a partnership"], rows),
    ...table(
      "What we can offer partners",
      ["Offer"],
      textLines(goals.offers).map((item) => [item]),
    ),
    ...table(
      "Our non-negotiables",
      ["Non-negotiable"],
      textLines(goals.nonNegotiables).map((item) => [item]),
    ),
  ];
}
