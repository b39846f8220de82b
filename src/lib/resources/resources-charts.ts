import type { ChartConfiguration } from "chart.js";
import type { ChartTheme } from "../charts/theme";
import type { CostSharing } from "./cost-sharing";
import { TYPE_INFO } from "./labels";
import { currencyDigits, toDecimalString } from "./money";
import { CONTRIBUTION_TYPES, type ResourcesData } from "./resources-tool";

/** Plain JSON figures for a bar chart: one value per partner in each series, in major units. */
export interface BarFigures {
  currency: string;
  labels: string[];
  /** Per series: values in major units for drawing, and the exact minor units (as decimal text) for the table. */
  series: { label: string; values: number[]; minor: string[] }[];
}

const major = (units: bigint, digits: number) => Number(toDecimalString(units, digits));

function series(label: string, units: bigint[], digits: number) {
  return { label, values: units.map((u) => major(u, digits)), minor: units.map(String) };
}

/** Contributions by partner, one series per contribution type that anyone gave. */
export function contributionFigures(
  data: Pick<ResourcesData, "currency" | "partners">,
  result: Pick<CostSharing, "contributed">,
): BarFigures {
  const digits = currencyDigits(data.currency);
  const given = CONTRIBUTION_TYPES.filter((type) => result.contributed.some((c) => c.byType[type] > 0n));
  return {
    currency: data.currency,
    labels: data.partners.map((p) => p.name),
    series: given.map((type) =>
      series(
        TYPE_INFO[type].label,
        result.contributed.map((c) => c.byType[type]),
        digits,
      ),
    ),
  };
}

/** Fair share against contributed value, per partner; null when the chosen method gives no shares. */
export function shareFigures(data: Pick<ResourcesData, "currency">, result: Pick<CostSharing, "standings">): BarFigures | null {
  if (!result.standings) return null;
  const digits = currencyDigits(data.currency);
  return {
    currency: data.currency,
    labels: result.standings.map((s) => s.partner.name),
    series: [
      series(
        "Fair share",
        result.standings.map((s) => s.share),
        digits,
      ),
      series(
        "Contributed",
        result.standings.map((s) => s.contributed.total),
        digits,
      ),
    ],
  };
}

function barConfig(figures: BarFigures, theme: ChartTheme, stacked: boolean): ChartConfiguration<"bar"> {
  const money = new Intl.NumberFormat(undefined, { style: "currency", currency: figures.currency, notation: "compact" });
  const font = { family: theme.font };
  return {
    type: "bar",
    data: {
      labels: figures.labels,
      datasets: figures.series.map((s, i) => ({
        label: s.label,
        data: s.values,
        backgroundColor: theme.series[i % theme.series.length] ?? "#0072B2",
      })),
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { labels: { color: theme.text, font } } },
      scales: {
        x: { stacked, ticks: { color: theme.text, font }, grid: { color: theme.grid } },
        y: {
          stacked,
          beginAtZero: true,
          ticks: { color: theme.text, font, callback: (value) => money.format(Number(value)) },
          grid: { color: theme.grid },
        },
      },
    },
  };
}

/** Stacked bars: what each partner put in, by type. */
export const buildContributionChart = (figures: BarFigures, theme: ChartTheme) => barConfig(figures, theme, true);

/** Side-by-side bars: each partner's fair share and what it contributed. */
export const buildShareChart = (figures: BarFigures, theme: ChartTheme) => barConfig(figures, theme, false);
