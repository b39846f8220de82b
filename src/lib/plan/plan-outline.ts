import { formatDate, today } from "../dates";
import type { PlanDocument, PlanSection, StepInfo } from "./plan-document";
import { STEP_PRODUCTS } from "./plan-steps";

/** The plan's title while the partnership has no name (step 1's goals worksheet names it). */
export const PLAN_TITLE = "Partnership plan";

/** "Partnership plan: Riverside Fresh Start", or the plain title when `name` is blank. */
export function planTitle(name: string): string {
  const trimmed = name.trim();
  return trimmed === "" ? PLAN_TITLE : `${PLAN_TITLE}: ${trimmed}`;
}

/** A step's section with nothing saved: it says what the step produces. */
export function emptySection(step: StepInfo): PlanSection {
  const { step: number, title, href } = step;
  return { step: number, title, href, state: "not started", updatedAt: null, blocks: [], emptyText: STEP_PRODUCTS[number] ?? "" };
}

/** The plan of a reader who has saved nothing: every step not started. Needs none of the tools' code. */
export function emptyPlan(steps: readonly StepInfo[], now: number, locale?: string): PlanDocument {
  return {
    title: PLAN_TITLE,
    date: formatDate(today(new Date(now)), locale),
    sections: [...steps].sort((a, b) => a.step - b.step).map(emptySection),
  };
}
