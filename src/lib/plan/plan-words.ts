import type { PlanDocument, PlanSection } from "./plan-document";
import { dayOf } from "./plan-text";

/** The words the plan's files (Word, read-only copy) put around each step, as /plan/ says them. */

/** "Step 1. Set your internal goals and objectives", as /plan/ heads each step. */
export function sectionHeading(section: Pick<PlanSection, "step" | "title">): string {
  return `Step ${section.step}. ${section.title}`;
}

/** Under a step's heading: when it last changed, or what the step gives while nothing is saved; "" when neither is known. */
export function sectionNote(section: PlanSection, locale?: string): string {
  if (section.state === "not started") return `Nothing saved yet. This step gives you: ${section.emptyText}`;
  return section.updatedAt === null ? "" : `Last changed ${dayOf(section.updatedAt, locale)}.`;
}

/** The line under the plan's title: who prepared it, when known, and when it was assembled. */
export function planByline(doc: Pick<PlanDocument, "subtitle" | "date">): string {
  const assembled = `Assembled ${doc.date} from the work saved in the PivotPath partnership guide.`;
  return doc.subtitle ? `${doc.subtitle}. ${assembled}` : assembled;
}
