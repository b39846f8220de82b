import type { DocBlock, PlanSection, PlanSnapshot, StepInfo } from "~/lib/plan/plan-document";
import { exampleFor, TOOLS } from "./examples";

/** The eight steps as the content collection states them. */
export const STEPS: StepInfo[] = [
  { step: 1, title: "Set your internal goals and objectives", navTitle: "Goals", href: "/guide/goals/" },
  { step: 2, title: "Analyze potential partners before you commit", navTitle: "Partners", href: "/guide/partners/" },
  { step: 3, title: "Develop a business case for the partnership", navTitle: "Business case", href: "/guide/business-case/" },
  { step: 4, title: "Determine roles and responsibilities", navTitle: "Roles and governance", href: "/guide/roles/" },
  { step: 5, title: "Assess and mitigate risks and conflicts", navTitle: "Risks", href: "/guide/risks/" },
  { step: 6, title: "Engage the community the partnership serves", navTitle: "Community", href: "/guide/community/" },
  { step: 7, title: "Manage the resources each partner contributes", navTitle: "Resources", href: "/guide/resources/" },
  { step: 8, title: "Monitor and evaluate the partnership", navTitle: "Evaluation", href: "/guide/evaluation/" },
];

/** 28 Nov 2026, 12:00 UTC. */
export const NOW = Date.UTC(2026, 10, 28, 12);

/** A snapshot holding the worked example of each tool named (all when none are), saved at `savedAt(index)`. */
export function exampleSnapshot(ids?: readonly string[], savedAt = (index: number) => NOW - 1000 * (index + 1)): PlanSnapshot {
  const chosen = TOOLS.filter((tool) => !ids || ids.includes(tool.id));
  return Object.fromEntries(chosen.map((tool, i) => [tool.id, { data: exampleFor(tool), savedAt: savedAt(i) }]));
}

function blockText(block: DocBlock): string {
  if (block.kind === "table") return [block.caption, ...block.header, ...block.rows.flat()].join("\n");
  return block.text;
}

/** Everything a section says, as one text. */
export function sectionText(section: PlanSection | undefined): string {
  return (section?.blocks ?? []).map(blockText).join("\n");
}
