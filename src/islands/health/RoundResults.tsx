import { formatDate } from "~/lib/dates";
import { buildHealthRadar } from "~/lib/health/health-chart";
import { type RoundFigures, formatScore } from "~/lib/health/health-stats";
import { LazyChart } from "../shared/LazyChart";
import { results } from "./health-state";

/** The current round's results: averages per statement and per partner, where partners differ most, and a radar chart. */
export function RoundResults() {
  const shown = results.value;
  if (!shown) return null;
  const { round, figures } = shown;
  const name = `${round.label} (${formatDate(round.date)})`;
  if (figures.overall === null) return <p class="tool__empty">No answers for {name} yet.</p>;
  const answering = figures.perPartner.filter((p) => p.count > 0).length;
  return (
    <div class="health-results">
      <h3>Results for {name}</h3>
      <p>
        Average of all answers: <strong>{formatScore(figures.overall)}</strong> out of 5, from {answering}{" "}
        {answering === 1 ? "partner" : "partners"}.
      </p>
      <h4>Where partners differ most</h4>
      <Differences figures={figures} answering={answering} />
      <LazyChart
        data={figures.radar}
        build={buildHealthRadar}
        tall
        label={`Radar chart of each partner's scores for ${name}, one spoke per statement on a 1 to 5 scale. The table below gives the same figures.`}
      >
        <ScoresTable name={name} figures={figures} />
      </LazyChart>
    </div>
  );
}

function Differences({ figures, answering }: { figures: RoundFigures; answering: number }) {
  if (answering < 2) return <p>Differences show once two or more partners have answered.</p>;
  if (figures.widest.length === 0) {
    return <p>No statement has answers two or more points apart: partners see the partnership much the same way.</p>;
  }
  return (
    <>
      <ul class="health-differ">
        {figures.widest.map((s) => (
          <li key={s.key}>
            <strong>{s.label}</strong>: {s.spread} points apart ({s.scores.map((x) => `${x.partner} ${x.score}`).join(", ")}).
          </li>
        ))}
      </ul>
      <p>Partners who score the same statement this differently experience the partnership differently: talk these through together.</p>
    </>
  );
}

/** Every partner's score per statement, with averages and spreads: the radar chart's figures as a table. */
function ScoresTable({ name, figures: { rows, stats, perPartner, overall } }: { name: string; figures: RoundFigures }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`Health check scores for ${name}, scrolls sideways`}>
      <table class="data-table health-scores">
        <caption>Health check scores, {name}</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            {rows.map((r) => (
              <th key={r.partner} scope="col" class="num">
                {r.partner}
              </th>
            ))}
            <th scope="col" class="num">
              Average
            </th>
            <th scope="col" class="num">
              Spread
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.label}</th>
              {rows.map((r) => (
                <td key={r.partner} class="num">
                  {r.scores[s.key] ?? "–"}
                </td>
              ))}
              <td class="num">{formatScore(s.average)}</td>
              <td class="num">{s.spread ?? "–"}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Average per partner</th>
            {perPartner.map((p) => (
              <td key={p.partner} class="num">
                {formatScore(p.average)}
              </td>
            ))}
            <td class="num">{formatScore(overall)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
