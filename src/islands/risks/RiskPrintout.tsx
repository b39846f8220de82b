import { formatDate } from "~/lib/dates";
import { type RiskRow, bandIn, mitigationIncreases, positionIn, scoreIn } from "~/lib/risks/register";
import { CATEGORIES, ESCALATIONS, RESPONSES, type Risk, STATUSES, labelOf } from "~/lib/risks/risks-tool";
import { BAND_LABEL, type BandLimits } from "~/lib/risks/scoring";
import { Printout } from "../shared/Printout";
import { limits as bandLimits, riskRows } from "./risks-state";

interface Props {
  rows: readonly RiskRow[];
  limits: BandLimits;
}

function Assessment({ risk, view, limits }: { risk: Risk; view: "inherent" | "residual"; limits: BandLimits }) {
  const { likelihood, impact } = positionIn(risk, view);
  return (
    <>
      {likelihood} × {impact} = {scoreIn(risk, view)} {BAND_LABEL[bandIn(risk, view, limits)]}
    </>
  );
}

/**
 * The whole register, every risk in entry order, as plain text for paper in place of the page shown on screen. It is
 * drawn only while the page prints, and at once when printing starts (before the browser lays out the printout).
 */
export function RiskPrintout() {
  return <Printout draw={() => <PrintTable rows={riskRows.peek()} limits={bandLimits.peek()} />} class="risk-printout-box" />;
}

function PrintTable({ rows, limits }: Props) {
  if (rows.length === 0) return null;
  return (
    <table class="data-table risk-printout">
      <caption>Risk register (all risks, in entry order)</caption>
      <colgroup>
        <col class="risk-printout__number" />
        <col class="risk-printout__text" />
        <col class="risk-printout__score" />
        <col class="risk-printout__owner" />
        <col class="risk-printout__text" />
        <col class="risk-printout__score" />
        <col class="risk-printout__status" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">Risk</th>
          <th scope="col">Inherent (likelihood × impact)</th>
          <th scope="col">Owner, response, escalation</th>
          <th scope="col">Mitigation</th>
          <th scope="col">Residual</th>
          <th scope="col">Status and next review</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ risk, number }) => (
          <tr key={risk.id}>
            <th scope="row">{number}</th>
            <td class="risk-text">
              <strong dir="auto">{risk.title}</strong>
              {risk.description && (
                <span class="risk-printout__line" dir="auto">
                  {risk.description}
                </span>
              )}
              <span class="risk-printout__line">{labelOf(CATEGORIES, risk.category)}</span>
            </td>
            <td>
              <Assessment risk={risk} view="inherent" limits={limits} />
            </td>
            <td class="risk-text">
              <span dir="auto">{risk.owner || "No owner yet"}</span>; {labelOf(RESPONSES, risk.response)};{" "}
              {labelOf(ESCALATIONS, risk.escalation)}
            </td>
            <td class="risk-text" dir="auto">
              {risk.mitigation}
            </td>
            <td>
              <Assessment risk={risk} view="residual" limits={limits} />
              {mitigationIncreases(risk) && " (mitigation increases this risk?)"}
            </td>
            <td>
              {labelOf(STATUSES, risk.status)}
              {risk.review && `, review ${formatDate(risk.review)}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
