import { type Standing, rankText, reasonText, scoreText } from "~/lib/scorecard/ranking";
import { FORMULA } from "~/lib/scorecard/weighted-score";
import { standingList } from "./scorecard-state";

/** The candidates ranked by weighted score, then those not fully scored, then the excluded, with the formula beside. */
export function PartnerRanking() {
  const list = standingList.value;
  return (
    <div class="scorecard-ranking">
      <p class="scorecard-formula">
        <strong>{FORMULA}</strong>, over the weighted criteria, shown to two decimals on the 1–5 scale. Equal scores share a rank. A
        candidate that does not meet a non-negotiable is excluded, whatever its score.
      </p>
      {list.length === 0 ? (
        <p class="tool__empty">No candidates to rank yet.</p>
      ) : (
        <div class="table-scroll">
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
      )}
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
