import { formatDate } from "~/lib/dates";
import { bandIn, scoreIn } from "~/lib/risks/register";
import { bandChartConfig } from "~/lib/risks/risks-chart";
import { ESCALATIONS, labelOf } from "~/lib/risks/risks-tool";
import { BAND_LABEL } from "~/lib/risks/scoring";
import { LazyChart } from "../shared/LazyChart";
import { ScoreBadge } from "./parts";
import { bandTotals, limits, riskCount, toRaise } from "./risks-state";

/** Risks per band before and after mitigation, and the risks to raise at the next project group meeting. */
export function RiskSummary() {
  if (riskCount.value === 0) return null;
  const counts = bandTotals.value;
  return (
    <section class="risk-summary" aria-labelledby="risk-summary-title">
      <h3 id="risk-summary-title">Summary</h3>
      <LazyChart
        data={counts}
        build={bandChartConfig}
        label="Bar chart of how many risks sit in each band before and after mitigation; the table below gives the figures."
      >
        <table class="data-table risk-band-table">
          <caption>Risks per band, before and after mitigation</caption>
          <thead>
            <tr>
              <th scope="col">Band</th>
              <th scope="col" class="num">
                Inherent
              </th>
              <th scope="col" class="num">
                Residual
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.band}>
                <th scope="row">{BAND_LABEL[c.band]}</th>
                <td class="num">{c.inherent}</td>
                <td class="num">{c.residual}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </LazyChart>
      <MeetingList />
    </section>
  );
}

/** The risks to raise at the next project group meeting: follows every change to them. */
function MeetingList() {
  const raise = toRaise.value;
  const bands = limits.value;
  return (
    <>
      <h3 id="risk-meeting-title">To raise at the next project group meeting</h3>
      {raise.length === 0 ? (
        <p>No open risk stays at High or Extreme after mitigation.</p>
      ) : (
        <>
          <p>
            Risks not yet closed that still sit at High or Extreme after mitigation, highest first
            {raise.length === 10 ? " (the top 10)" : ""}.
          </p>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="risk-meeting-caption">
            <table class="data-table risk-meeting">
              <caption id="risk-meeting-caption">Still High or Extreme after mitigation</caption>
              <thead>
                <tr>
                  <th scope="col" class="num">
                    Number
                  </th>
                  <th scope="col">Risk</th>
                  <th scope="col">Residual score</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Next review</th>
                  <th scope="col">Escalation level</th>
                </tr>
              </thead>
              <tbody>
                {raise.map(({ risk, number }) => (
                  <tr key={risk.id}>
                    <td class="num">{number}</td>
                    <th scope="row" class="risk-text" dir="auto">
                      {risk.title}
                    </th>
                    <td>
                      <ScoreBadge score={scoreIn(risk, "residual")} band={bandIn(risk, "residual", bands)} />
                    </td>
                    <td dir="auto">{risk.owner || "No owner yet"}</td>
                    <td>{risk.review ? formatDate(risk.review) : "Not set"}</td>
                    <td>{labelOf(ESCALATIONS, risk.escalation)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
