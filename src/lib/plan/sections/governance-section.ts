import { SAVED_BLOCKS, paragraph, table, termText } from "../../agreement/agreement-blocks";
import { EMPTY_INPUT } from "../../agreement/agreement-input";
import { tiersFrom } from "../../agreement/agreement-sources";
import { agreementTool } from "../../agreement/agreement-tool";
import { organizationsTool } from "../../organizations/organizations-tool";
import { chartPasses, chartProblems, overloadText, overloads, problemText } from "../../raci/raci-checks";
import { raciCsvHeader, raciCsvRow } from "../../raci/raci-csv";
import type { DocBlock } from "../plan-document";
import type { SavedWork, SectionContext } from "../saved-work";

function tierBlocks({ governance, organizations }: SavedWork): DocBlock[] {
  if (!governance) return [];
  const tiers = tiersFrom(governance, organizations ?? organizationsTool.empty());
  const blocks = SAVED_BLOCKS.governance?.({ ...EMPTY_INPUT, tiers }) ?? [];
  return [{ kind: "subheading", text: "Governance tiers" }, ...blocks];
}

function raciChecks(raci: NonNullable<SavedWork["raci"]>): DocBlock[] {
  if (raci.tasks.length === 0) return [paragraph("No tasks in the chart yet.")];
  if (chartPasses(raci)) return [paragraph("Every task has exactly one Accountable and at least one Responsible.")];
  const problems = chartProblems(raci)
    .filter(({ problems: list }) => list.length > 0)
    .map(({ task, problems: list }) => paragraph(`${task.name}: ${list.map(problemText).join("; ")}.`));
  const heavy = overloads(raci).map((o) => paragraph(`${o.person.name}: ${overloadText(o, raci.overloadLimit)}.`));
  return [paragraph("The chart does not pass its checks yet:"), ...problems, ...heavy];
}

function raciBlocks({ raci }: SavedWork): DocBlock[] {
  if (!raci) return [];
  const rows = raci.tasks.map((task) => raciCsvRow(raci, task.id).map(String));
  return [
    { kind: "subheading", text: "Roles and responsibilities (RACI chart)" },
    ...table("RACI chart: Responsible, Accountable, Consulted, Informed", raciCsvHeader(raci), rows),
    ...raciChecks(raci),
  ];
}

function agreementBlocks({ agreement }: SavedWork, { locale }: SectionContext): DocBlock[] {
  if (!agreement) return [];
  const written = agreementTool.summarize(agreement);
  const term = termText({ start: agreement.start, end: agreement.end, months: null }, locale);
  return [
    { kind: "subheading", text: "Partnership agreement" },
    paragraph(written === "" ? "The agreement outline has no sections written yet." : `The agreement outline: ${written}.`),
    ...(term === "" ? [] : [paragraph(`Term: ${term}`)]),
  ];
}

/** Step 4: the governance tiers, the RACI chart with its checks, and where the agreement stands. */
export function governanceSection(work: SavedWork, context: SectionContext): DocBlock[] {
  return [...tierBlocks(work), ...raciBlocks(work), ...agreementBlocks(work, context)];
}
