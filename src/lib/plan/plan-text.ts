import { dateTimeFormat } from "../intl-cache";
import type { PlanSection } from "./plan-document";

/** The words the plan's files (Word, read-only copy) put around each section, so every file says the same. */

/** "Step 1: Set your partnership goals". */
export function sectionHeading(section: Pick<PlanSection, "step" | "title">): string {
  return `Step ${section.step}: ${section.title}`;
}

/** "Last changed 28 Nov 2026." for a started step; what the step produces for one not started. */
export function sectionNote(section: PlanSection, locale?: string): string {
  if (section.state === "not started" || section.updatedAt === null) return section.emptyText;
  const day = dateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric" }, "plan-day").format(section.updatedAt);
  return `Last changed ${day}.`;
}

/** The line under the title: "Assembled 28 Nov 2026 from the work saved in the PivotPath partnership guide." */
export function planByline(date: string): string {
  return `Assembled ${date} from the work saved in the PivotPath partnership guide.`;
}
