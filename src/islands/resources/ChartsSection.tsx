import type { ChartConfiguration } from "chart.js";
import { useMemo } from "preact/hooks";
import type { ChartTheme } from "~/lib/charts/theme";
import type { CostSharing } from "~/lib/resources/cost-sharing";
import { formatMoney } from "~/lib/resources/money";
import {
  type BarFigures,
  buildContributionChart,
  buildShareChart,
  contributionFigures,
  shareFigures,
} from "~/lib/resources/resources-charts";
import type { ResourcesData } from "~/lib/resources/resources-tool";
import { LazyChart } from "../shared/LazyChart";
import { memo } from "../shared/memo";

interface Props {
  partners: ResourcesData["partners"];
  currency: ResourcesData["currency"];
  contributed: CostSharing["contributed"];
  standings: CostSharing["standings"];
  /** Whether there is nothing to draw: no cost and no contribution yet. */
  empty: boolean;
}

interface ChartProps {
  id: string;
  caption: string;
  /** The one-sentence description of the chart for screen readers. */
  label: string;
  figures: BarFigures;
  build: (figures: BarFigures, theme: ChartTheme) => ChartConfiguration<"bar">;
}

/** A chart and its figures as a table, its text alternative; values are shown exactly from minor units. */
const ChartWithTable = memo(function ChartWithTable({ id, caption, label, figures, build }: ChartProps) {
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
});

/** Contributions by partner and type, and fair share against contributed, each with its table. */
export const ChartsSection = memo(function ChartsSection({ partners, currency, contributed, standings, empty }: Props) {
  // Each chart's figures are kept while what they show is unchanged, so that chart and its table do not render again.
  const contributions = useMemo(() => contributionFigures({ currency, partners }, { contributed }), [currency, partners, contributed]);
  const shares = useMemo(() => shareFigures({ currency }, { standings }), [currency, standings]);
  if (partners.length === 0 || empty) return null;
  return (
    <section class="costing-section" aria-labelledby="costing-charts-title">
      <h3 id="costing-charts-title">Charts</h3>
      {contributions.series.length > 0 && (
        <ChartWithTable
          id="costing-chart-types-caption"
          caption="Contributions by partner and type"
          label="Stacked bar chart of each partner's contributions by type; the table below gives the figures."
          figures={contributions}
          build={buildContributionChart}
        />
      )}
      {shares && (
        <ChartWithTable
          id="costing-chart-shares-caption"
          caption="Fair share and contributed value per partner"
          label="Bar chart comparing each partner's fair share with the value it contributed; the table below gives the figures."
          figures={shares}
          build={buildShareChart}
        />
      )}
    </section>
  );
});
