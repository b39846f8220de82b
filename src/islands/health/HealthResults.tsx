import { useMemo } from "preact/hooks";
import { formatDate } from "~/lib/dates";
import { buildHealthRadar, radarData } from "~/lib/health/health-chart";
import {
  type PartnerScores,
  type StatementStat,
  differMost,
  formatChange,
  formatScore,
  overallAverage,
  partnerAverages,
  roundScores,
  statementStats,
  trend,
} from "~/lib/health/health-stats";
import type { HealthData, Round } from "~/lib/health/health-tool";
import { memo } from "../shared/memo";
import { LazyChart } from "../shared/LazyChart";

interface Props {
  data: HealthData;
  round: Round;
}

/** The figures of one round, computed once per change of the data. */
function roundFigures(data: HealthData, roundId: string) {
  const rows = roundScores(data, roundId);
  const stats = statementStats(rows);
  return {
    rows,
    stats,
    perPartner: partnerAverages(rows),
    overall: overallAverage(rows),
    widest: differMost(stats),
    radar: radarData(rows),
  };
}

/** One round's results: averages per statement and per partner, where partners differ most, and a radar chart. */
export const RoundResults = memo(function RoundResults({ data, round }: Props) {
  const { rows, stats, perPartner, overall, widest, radar } = useMemo(() => roundFigures(data, round.id), [data, round.id]);
  const answering = perPartner.filter((p) => p.count > 0).length;
  const name = `${round.label} (${formatDate(round.date)})`;
  if (overall === null) {
    return <p class="tool__empty">No answers for {name} yet.</p>;
  }
  return (
    <div class="health-results">
      <h4>Results for {name}</h4>
      <p>
        Average of all answers: <strong>{formatScore(overall)}</strong> out of 5, from {answering}{" "}
        {answering === 1 ? "partner" : "partners"}.
      </p>
      <h5>Where partners differ most</h5>
      {answering < 2 ? (
        <p>Differences show once two or more partners have answered.</p>
      ) : widest.length === 0 ? (
        <p>No statement has answers two or more points apart: partners see the partnership much the same way.</p>
      ) : (
        <>
          <ul class="health-differ">
            {widest.map((s) => (
              <li key={s.key}>
                <strong>{s.label}</strong>: {s.spread} points apart ({s.scores.map((x) => `${x.partner} ${x.score}`).join(", ")}).
              </li>
            ))}
          </ul>
          <p>Partners who score the same statement this differently experience the partnership differently: talk these through together.</p>
        </>
      )}
      <LazyChart
        data={radar}
        build={buildHealthRadar}
        tall
        label={`Radar chart of each partner's scores for ${name}, one spoke per statement on a 1 to 5 scale. The table below gives the same figures.`}
      >
        <ScoresTable name={name} rows={rows} stats={stats} perPartner={perPartner} overall={overall} />
      </LazyChart>
    </div>
  );
});

interface TableProps {
  name: string;
  rows: PartnerScores[];
  stats: StatementStat[];
  perPartner: ReturnType<typeof partnerAverages>;
  overall: number | null;
}

/** Every partner's score per statement, with averages and spreads: the radar chart's figures as a table. */
function ScoresTable({ name, rows, stats, perPartner, overall }: TableProps) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`Health check scores for ${name}, scrolls sideways`}>
      <table class="data-table data-table--compact">
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

/** Average per statement in every round: the check repeated over time. */
export const HealthTrend = memo(function HealthTrend({ data }: { data: HealthData }) {
  const t = useMemo(() => trend(data), [data]);
  if (t.rounds.length === 0 || t.overall.every((v) => v === null)) return null;
  const several = t.rounds.length > 1;
  return (
    <div class="health-trend">
      <h4>The check over time</h4>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Average per statement over time, scrolls sideways">
        <table class="data-table">
          <caption>Average per statement over time</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              {t.rounds.map((r) => (
                <th key={r.id} scope="col" class="num">
                  {r.label} <span class="kpi-date">{formatDate(r.date)}</span>
                </th>
              ))}
              {several && (
                <th scope="col" class="num">
                  Change
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.averages.map((v, i) => (
                  <td key={t.rounds[i]?.id ?? i} class="num">
                    {formatScore(v)}
                  </td>
                ))}
                {several && <td class="num">{formatChange(row.averages)}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All statements</th>
              {t.overall.map((v, i) => (
                <td key={t.rounds[i]?.id ?? i} class="num">
                  {formatScore(v)}
                </td>
              ))}
              {several && <td class="num">{formatChange(t.overall)}</td>}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
});
