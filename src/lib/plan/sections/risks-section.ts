import { paragraph, table } from "../../agreement/agreement-blocks";
import { type View, bandCounts, bandIn, cellNumbers, numbered, scoreIn, sortRows } from "../../risks/register";
import { RESPONSES, type RisksData, STATUSES, labelOf } from "../../risks/risks-tool";
import { BAND_LABEL, IMPACT_LABELS, LEVELS, LIKELIHOOD_LABELS } from "../../risks/scoring";
import type { DocBlock } from "../plan-document";
import type { SavedWork } from "../saved-work";

/** How many of the highest residual risks the plan lists. */
export const TOP_RISKS = 5;

const VIEW_WORDS: Record<View, string> = { inherent: "before mitigation", residual: "after mitigation" };

/** The matrix of one view as counts: a row per likelihood, most likely first; a column per impact. */
function matrix(data: RisksData, view: View): DocBlock[] {
  const cells = cellNumbers(numbered(data.risks), view);
  const rows = [...LEVELS]
    .reverse()
    .map((likelihood) => [
      LIKELIHOOD_LABELS[likelihood - 1] ?? "",
      ...LEVELS.map((impact) => String(cells.get(`${likelihood}-${impact}`)?.length ?? 0)),
    ]);
  return table(`Risk matrix ${VIEW_WORDS[view]}: number of risks by likelihood and impact`, ["Likelihood", ...IMPACT_LABELS], rows);
}

function rated(data: RisksData, view: View, risk: RisksData["risks"][number]): string {
  return `${scoreIn(risk, view)} ${BAND_LABEL[bandIn(risk, view, data.limits)]}`;
}

/** Step 5: the register's size, counts by rating, the top risks by residual score, and the matrix as counts. */
export function risksSection({ risks }: SavedWork): DocBlock[] {
  if (!risks) return [];
  const count = risks.risks.length;
  if (count === 0) return [paragraph("The risk register holds no risks yet.")];
  const top = sortRows(numbered(risks.risks), { key: "residual", direction: "descending" }).slice(0, TOP_RISKS);
  return [
    paragraph(`The risk register holds ${count} ${count === 1 ? "risk" : "risks"}.`),
    ...table(
      "Risks by rating",
      ["Rating", "Before mitigation", "After mitigation"],
      bandCounts(risks.risks, risks.limits).map((b) => [BAND_LABEL[b.band], String(b.inherent), String(b.residual)]),
    ),
    ...table(
      `The ${Math.min(TOP_RISKS, count)} highest risks after mitigation`,
      ["Risk", "No.", "Owner", "Before", "After", "Response", "Status"],
      top.map(({ risk, number }) => [
        risk.title,
        String(number),
        risk.owner,
        rated(risks, "inherent", risk),
        rated(risks, "residual", risk),
        labelOf(RESPONSES, risk.response),
        labelOf(STATUSES, risk.status),
      ]),
    ),
    ...matrix(risks, "inherent"),
    ...matrix(risks, "residual"),
  ];
}
