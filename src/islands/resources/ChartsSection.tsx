import type { CostSharing } from "~/lib/resources/cost-sharing";
import { type BarFigures, buildContributionChart, buildShareChart, contributionFigures, shareFigures } from "~/lib/resources/resources-charts";
import type { ResourcesData } from "~/lib/resources/resources-tool";
import { formatMoney } from "~/lib/resources/money";
import { LazyChart } from "../shared/LazyChart";

interface Props {
  data: ResourcesData;
  result: CostSharing;
}

/** The chart's figures as a table, its text alternative; values are shown exactly from minor units. */
function FiguresTable({ id, caption, figures }: { id: string; caption: string; figures: BarFigures }) {
  return (
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
  );
}

/** Contributions by partner and type, and fair share against contributed, each with its table. */
export function ChartsSection({ data, result }: Props) {
  if (data.partners.length === 0 || result.totalContributed + result.totalCost === 0n) return null;
  const contributions = contributionFigures(data, result);
  const shares = shareFigures(data, result);
  return (
    <section class="costing-section" aria-labelledby="costing-charts-title">
      <h3 id="costing-charts-title">Charts</h3>
      {contributions.series.length > 0 && (
        <LazyChart data={contributions} build={buildContributionChart} label="Stacked bar chart of each partner's contributions by type; the table below gives the figures.">
          <FiguresTable id="costing-chart-types-caption" caption="Contributions by partner and type" figures={contributions} />
        </LazyChart>
      )}
      {shares && (
        <LazyChart data={shares} build={buildShareChart} label="Bar chart comparing each partner's fair share with the value it contributed; the table below gives the figures.">
          <FiguresTable id="costing-chart-shares-caption" caption="Fair share and contributed value per partner" figures={shares} />
        </LazyChart>
      )}
    </section>
  );
}
