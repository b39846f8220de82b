import { computed } from "@preact/signals";
import { type Standing, rankText, reasonText, scoreText } from "~/lib/scorecard/ranking";
import { scoreBars, scoreChartConfig } from "~/lib/scorecard/scorecard-chart";
import { FORMULA } from "~/lib/scorecard/weighted-score";
import { LazyChart } from "../shared/LazyChart";
import { standingList } from "./scorecard-state";

const bars = computed(() => scoreBars(standingList.value));

/**
 * The candidates ranked by weighted score, then those not fully scored, then the excluded, with the formula beside;
 * once a candidate is ranked, a bar chart of the scores, with the table as its text.
 */
export function PartnerRanking() {
  const list = standingList.value;
  const shown = bars.value;
  return (
    <div class="scorecard-ranking">
      <p class="scorecard-formula">
        <strong>{FORMULA}</strong>, over the weighted criteria, shown to two decimals on the 1–5 scale. Equal scores share a rank. A
        candidate that does not meet a non-negotiable is excluded, whatever its score.
      </p>
      {list.length === 0 ? (
        <p class="tool__empty">No candidates to rank yet.</p>
      ) : shown.length === 0 ? (
        <RankingTable list={list} />
      ) : (
        <LazyChart
          data={shown}
          build={scoreChartConfig}
          label="Bar chart of the ranked candidates' weighted scores on the 1 to 5 scale; the table below gives the figures."
          tall={shown.length > 6}
        >
          <RankingTable list={list} />
        </LazyChart>
      )}
    </div>
  );
}

function RankingTable({ list }: { list: readonly Standing[] }) {
  // Focusable and named: on a narrow screen the table scrolls sideways, and a keyboard scrolls only what it can reach.
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Partner ranking">
      <table class="data-table scorecard-ranking__table">
        <caption>Partner ranking</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Organization</th>
            <th scope="col" class="num">
              Weighted score
            </th>
            <th scope="col">Standing</th>
          </tr>
        </thead>
        <tbody>
          {list.map((s) => (
            <RankingRow key={s.candidate.id} standing={s} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RankingRow({ standing }: { standing: Standing }) {
  const excluded = standing.kind === "excluded";
  return (
    <tr class={excluded ? "scorecard-ranking__excluded" : undefined}>
      <td>{excluded ? "Excluded" : rankText(standing) || "–"}</td>
      <th scope="row">{standing.candidate.name}</th>
      <td class="num">{scoreText(standing)}</td>
      <td>{reasonText(standing) || (standing.kind === "ranked" && standing.tied ? `Tied for rank ${standing.rank}` : "Ranked")}</td>
    </tr>
  );
}
