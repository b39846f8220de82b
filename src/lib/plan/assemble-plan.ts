import { paragraph } from "../agreement/agreement-blocks";
import { today } from "../dates";
import { ownOrganization } from "../organizations/organizations-tool";
import type { DocBlock, PlanDocument, PlanSection, PlanSnapshot, StepInfo } from "./plan-document";
import { emptyPlan, emptySection, planTitle } from "./plan-outline";
import { TOOLS } from "../tools";
import { type SavedWork, type SectionBuilder, type SectionContext, savedWork } from "./saved-work";
import { caseSection } from "./sections/case-section";
import { costsSection } from "./sections/costs-section";
import { engagementSection } from "./sections/engagement-section";
import { evaluationSection } from "./sections/evaluation-section";
import { goalsSection } from "./sections/goals-section";
import { governanceSection } from "./sections/governance-section";
import { partnersSection } from "./sections/partners-section";
import { risksSection } from "./sections/risks-section";

/** Each step's part of the plan, by step number. */
const SECTIONS: Readonly<Record<number, SectionBuilder>> = {
  1: goalsSection,
  2: partnersSection,
  3: caseSection,
  4: governanceSection,
  5: risksSection,
  6: engagementSection,
  7: costsSection,
  8: evaluationSection,
};

/** The ids of the tools on a step's page, in guide order. */
function toolsOfStep(step: number): string[] {
  return TOOLS.filter((tool) => tool.step === step).map((tool) => tool.id);
}

export interface AssembleOptions {
  /** The moment of assembly (ms since the epoch): the plan's date, and the day that decides what is overdue. */
  now: number;
  /** The reader's locale for dates, numbers and money; the browser's when undefined. */
  locale?: string | undefined;
  /** Tool id → why its saved record could not be read (readPlanSnapshot's `unreadable`); said in its step's section. */
  unreadable?: Readonly<Partial<Record<string, string>>>;
}

/** The reader's organization as the goals worksheet or step 2's list names it; "" when neither does. */
export function organizationOf(work: SavedWork): string {
  const named = work.goals?.organization.trim() ?? "";
  if (named !== "") return named;
  return (work.organizations && ownOrganization(work.organizations)?.name) ?? "";
}

function section(step: StepInfo, snapshot: PlanSnapshot, work: SavedWork, context: SectionContext, options: AssembleOptions): PlanSection {
  const tools = toolsOfStep(step.step);
  const times = tools.flatMap((id) => snapshot[id]?.savedAt ?? []);
  const problems = tools.flatMap((id) => options.unreadable?.[id] ?? []);
  if (times.length === 0 && problems.length === 0) return emptySection(step);
  const blocks: DocBlock[] = [...problems.map(paragraph), ...(SECTIONS[step.step]?.(work, context) ?? [])];
  return { ...emptySection(step), state: "started", updatedAt: times.length > 0 ? Math.max(...times) : null, blocks };
}

/** The whole plan from every tool's saved work, one section per guide step in step order. Never throws on valid data. */
export function assemblePlan(snapshot: PlanSnapshot, steps: readonly StepInfo[], options: AssembleOptions): PlanDocument {
  const work = savedWork(snapshot);
  const context: SectionContext = { locale: options.locale, today: today(new Date(options.now)) };
  const organization = organizationOf(work);
  return {
    ...emptyPlan(steps, options.now, options.locale),
    title: planTitle(work.goals?.partnershipName ?? ""),
    ...(organization === "" ? {} : { subtitle: `Prepared by ${organization}` }),
    sections: [...steps].sort((a, b) => a.step - b.step).map((step) => section(step, snapshot, work, context, options)),
  };
}
