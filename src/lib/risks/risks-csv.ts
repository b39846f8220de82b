import { type CsvCell, toCsv } from "../csv";
import type { ToolExports } from "../exports";
import { numbered } from "./register";
import { CATEGORIES, ESCALATIONS, RESPONSES, type Risk, type RisksData, STATUSES, labelOf } from "./risks-tool";
import { BAND_LABEL, type BandLimits, bandOf, riskScore } from "./scoring";

export const RISK_CSV_HEADER = [
  "Number",
  "Risk",
  "Description",
  "Category",
  "Likelihood",
  "Impact",
  "Score",
  "Band",
  "Owner",
  "Response",
  "Mitigation",
  "Residual likelihood",
  "Residual impact",
  "Residual score",
  "Residual band",
  "Escalation level",
  "Status",
  "Next review",
] as const;

/** One register row as CSV cells; levels and scores stay numbers. */
export function riskCsvRow(risk: Risk, number: number, limits: BandLimits): CsvCell[] {
  const score = riskScore(risk.likelihood, risk.impact);
  const residual = riskScore(risk.residualLikelihood, risk.residualImpact);
  return [
    number,
    risk.title,
    risk.description,
    labelOf(CATEGORIES, risk.category),
    risk.likelihood,
    risk.impact,
    score,
    BAND_LABEL[bandOf(score, limits)],
    risk.owner,
    labelOf(RESPONSES, risk.response),
    risk.mitigation,
    risk.residualLikelihood,
    risk.residualImpact,
    residual,
    BAND_LABEL[bandOf(residual, limits)],
    labelOf(ESCALATIONS, risk.escalation),
    labelOf(STATUSES, risk.status),
    risk.review,
  ];
}

/** The whole register in entry order as spreadsheet-safe CSV. */
export function riskRegisterCsv(risks: readonly Risk[], limits: BandLimits): string {
  return toCsv(
    RISK_CSV_HEADER,
    numbered(risks).map(({ risk, number }) => riskCsvRow(risk, number, limits)),
  );
}

/** What the risk tool offers to take away: the register as CSV (once it holds a risk), and a printout of it all. */
export const risksExports: ToolExports<RisksData> = {
  csv: [{ name: "risk register", csv: ({ risks, limits }) => (risks.length === 0 ? null : riskRegisterCsv(risks, limits)) }],
  print: true,
};
