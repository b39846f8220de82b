import type { ChartConfiguration } from "chart.js";
import type { ChartTheme } from "~/lib/charts/theme";
import { formatMoney } from "~/lib/resources/money";
import { type BarFigures, buildContributionChart, buildShareChart } from "~/lib/resources/resources-charts";
import { LazyChart } from "../shared/LazyChart";
import { contributionChart, partnerIds, shareChart, sharing } from "./resources-state";

interface ChartProps {
  id: string;
  caption: string;
  /** The one-sentence description of the chart for screen readers. */
  label: string;
  figures: BarFigures;
  build: (figures: BarFigures, theme: ChartTheme) => ChartConfiguration<"bar">;
}

/** A chart and its figures as a table, its text alternative; values are shown exactly from minor units. */
function ChartWithTable({ id, caption, label, figures, build }: ChartProps) {
  return (
    <LazyChart data={figures} build={build} label={label}>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
        <table class="data-table">
          <caption id={id}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              {figures.series.map((s) => (
                <th scope="col" class="num" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.labels.map((label, row) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {figures.series.map((s) => (
                  <td class="num" key={s.label}>
                    {formatMoney(BigInt(s.minor[row] ?? "0"), figures.currency)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </LazyChart>
  );
}

/** Contributions by partner and type, and fair share against contributed, each with its table. */
export function ChartsSection() {
  const result = sharing.value;
  const contributions = contributionChart.value;
  const shares = shareChart.value;
  if (partnerIds.value.length === 0 || result.totalContributed + result.totalCost === 0n) return null;
  return (
    <section class="resources-section" aria-labelledby="resources-charts-title">
      <h3 id="resources-charts-title">Charts</h3>
      {contributions.series.length > 0 && (
        <ChartWithTable
          id="resources-chart-types-caption"
          caption="Contributions by partner and type"
          label="Stacked bar chart of each partner's contributions by type; the table below gives the figures."
          figures={contributions}
          build={buildContributionChart}
        />
      )}
      {shares && (
        <ChartWithTable
          id="resources-chart-shares-caption"
          caption="Fair share and contributed value per partner"
          label="Bar chart comparing each partner's fair share with the value it contributed; the table below gives the figures."
          figures={shares}
          build={buildShareChart}
        />
      )}
    </section>
  );
}
