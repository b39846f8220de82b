import { formatDate } from "~/lib/dates";
import { formatChange, formatScore } from "~/lib/health/health-stats";
import { healthTrend } from "./health-state";

/** Average per statement in every round: the check repeated over time. */
export function HealthTrend() {
  const t = healthTrend.value;
  if (t.rounds.length === 0 || t.overall.every((v) => v === null)) return null;
  const several = t.rounds.length > 1;
  return (
    <div class="health-trend">
      <h3>The check over time</h3>
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Average per statement over time, scrolls sideways">
        <table class="data-table">
          <caption>Average per statement over time</caption>
          <thead>
            <tr>
              <th scope="col">Statement</th>
              {t.rounds.map((r) => (
                <th key={r.id} scope="col" class="num">
                  {r.label} <span class="health-date">{formatDate(r.date)}</span>
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
}
