import { caseDocument } from "../../business-case/case-document";
import { resourcesTool } from "../../resources/resources-tool";
import type { DocBlock } from "../plan-document";
import type { SavedWork } from "../saved-work";

/**
 * Step 3: the business case, as its Word file has it, with the goals, organizations, risks and KPIs it names, and
 * step 7's budget total where it differs from the case's total cost.
 */
export function caseSection({ businessCase, goals, organizations, risks, kpis, resources }: SavedWork): DocBlock[] {
  if (!businessCase) return [];
  const sections = caseDocument(businessCase, {
    goals: goals?.goals ?? [],
    organizations: organizations?.organizations ?? [],
    kpis: kpis?.kpis ?? [],
    risks: risks ?? undefined,
    // Nothing saved in step 7 is a costing without budget lines.
    costing: resources ?? resourcesTool.empty(),
  });
  return sections.flatMap(({ heading, blocks }): DocBlock[] => [{ kind: "subheading", text: heading }, ...blocks]);
}
