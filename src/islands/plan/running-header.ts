import { useEffect } from "preact/hooks";
import type { PlanDocument } from "~/lib/plan/plan-document";
import { cssString, runningHeader } from "~/lib/plan/plan-text";

/** The custom property plan.css shows at the top of every printed page. */
export const RUNNING_HEADER = "--plan-running-header";

/**
 * Puts the plan's name and date at the top of every printed page: plan.css's @page margin box shows this property of
 * the root element. Set through the CSSOM, which the page's Content Security Policy allows (a style attribute it would not).
 */
export function useRunningHeader(doc: PlanDocument | null): void {
  useEffect(() => {
    if (!doc) return;
    const root = document.documentElement;
    root.style.setProperty(RUNNING_HEADER, cssString(runningHeader(doc)));
    return () => root.style.removeProperty(RUNNING_HEADER);
  }, [doc]);
}
