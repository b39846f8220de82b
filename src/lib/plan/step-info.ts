import { type StepRef, inStepOrder, stepHref } from "../guide-nav";
import type { StepInfo } from "./plan-document";

/** The guide's entries as the plan names its steps, in step order (titles from content/, never from code). */
export function stepInfos(entries: readonly StepRef[]): StepInfo[] {
  return inStepOrder(entries).map(({ id, data }) => ({ step: data.step, title: data.title, navTitle: data.navTitle, href: stepHref(id) }));
}
