import type { CostSharing, PartnerStanding } from "~/lib/resources/cost-sharing";
import { formatMoney } from "~/lib/resources/money";
import type { Method } from "~/lib/resources/resources-tool";
import { MAX_EXACT_PARTIES } from "~/lib/resources/settlement";
import { describeSharingProblem } from "~/lib/resources/sharing";
import { currency, method as chosenMethod, partnerIds, sharing, termMonths } from "./resources-state";

const CAPTION_METHOD: Record<Method, string> = {
  equal: "equal shares",
  proportional: "in proportion to the weights",
  custom: "by the agreed percentages",
};

function standingWord(balance: bigint): string {
  if (balance > 0n) return "Above its share";
  if (balance < 0n) return "Below its share";
  return "At its share";
}

/** Fair share, contributed value and balance per partner, the funding gap, and the settlement. */
export function ResultsSection() {
  const hasPartners = partnerIds.value.length > 0;
  const result = sharing.value;
  const code = currency.value;
  const money = (minor: bigint, signed = false) => formatMoney(minor, code, { signed });
  if (!hasPartners) {
    return (
      <section class="resources-section resources-results" aria-labelledby="resources-results-title">
        <h3 id="resources-results-title">Who owes what</h3>
        <p class="tool__empty">Add the partners, the budget and the contributions to see each partner's fair share and who owes what.</p>
      </section>
    );
  }
  return (
    <section class="resources-section resources-results" aria-labelledby="resources-results-title">
      <h3 id="resources-results-title">Who owes what</h3>
      <dl class="resources-totals">
        <div>
          <dt>Total cost over {termMonths.value} months</dt>
          <dd>{money(result.totalCost)}</dd>
        </div>
        <div>
          <dt>Total contributed</dt>
          <dd>{money(result.totalContributed)}</dd>
        </div>
        <div>
          <dt>{result.gap > 0n ? "Funding gap" : result.gap < 0n ? "Surplus" : "Funding"}</dt>
          <dd>{result.gap === 0n ? "Fully funded" : money(result.gap < 0n ? -result.gap : result.gap)}</dd>
        </div>
      </dl>
      {result.unassigned > 0 && (
        <p class="notice notice--warning">
          {result.unassigned} {result.unassigned === 1 ? "contribution belongs" : "contributions belong"} to a partner that no longer exists
          and
          {result.unassigned === 1 ? " is" : " are"} left out of every total.
        </p>
      )}
      {!result.chosen.ok ? (
        // No method chosen yet is where every costing starts, not a mistake: said plainly, not as an error.
        result.chosen.problem.kind === "no-method" ? (
          <p class="tool__summary">{describeSharingProblem(result.chosen.problem)}</p>
        ) : (
          <p class="notice notice--error" role="alert">
            {describeSharingProblem(result.chosen.problem)}
          </p>
        )
      ) : result.standings && chosenMethod.value ? (
        <>
          <StandingsTable method={chosenMethod.value} result={result} standings={result.standings} money={money} />
          <Settlement result={result} standings={result.standings} money={money} />
        </>
      ) : null}
    </section>
  );
}

interface TableProps {
  result: CostSharing;
  standings: PartnerStanding[];
  money: (minor: bigint, signed?: boolean) => string;
}

function StandingsTable({ method, result, standings, money }: TableProps & { method: Method }) {
  const sum = (pick: (s: PartnerStanding) => bigint) => standings.reduce((a, s) => a + pick(s), 0n);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="resources-results-caption">
      <table class="data-table resources-standings">
        <caption id="resources-results-caption">Cost sharing, {CAPTION_METHOD[method]}</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col" class="num">
              Fair share
            </th>
            <th scope="col" class="num">
              Cash
            </th>
            <th scope="col" class="num">
              In kind
            </th>
            <th scope="col" class="num">
              Contributed
            </th>
            <th scope="col" class="num">
              Balance
            </th>
            <th scope="col">Standing</th>
          </tr>
        </thead>
        <tbody>
          {standings.map((s) => (
            <tr key={s.partner.id}>
              <th scope="row">{s.partner.name}</th>
              <td class="num">{money(s.share)}</td>
              <td class="num">{money(s.contributed.cash)}</td>
              <td class="num">{money(s.contributed.inKind)}</td>
              <td class="num">{money(s.contributed.total)}</td>
              <td class="num">{money(s.balance, true)}</td>
              <td class={`resources-standing resources-standing--${s.balance > 0n ? "above" : s.balance < 0n ? "below" : "at"}`}>
                {standingWord(s.balance)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All partners</th>
            <td class="num">{money(result.totalCost)}</td>
            <td class="num">{money(sum((s) => s.contributed.cash))}</td>
            <td class="num">{money(sum((s) => s.contributed.inKind))}</td>
            <td class="num">{money(result.totalContributed)}</td>
            <td class="num">
              {money(
                sum((s) => s.balance),
                true,
              )}
            </td>
            <td>{result.gap > 0n ? "Gap" : result.gap < 0n ? "Surplus" : "Balanced"}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Settlement({ result, standings, money }: TableProps) {
  const payments = result.payments;
  const surplus = result.gap < 0n;
  const party = (p: { name: string } | null, paying: boolean) => p?.name ?? (paying ? "Shared budget (surplus)" : "Shared budget");
  return (
    <div class="resources-settlement">
      <h4>Settlement</h4>
      <p>
        Balance = contributed − fair share.{" "}
        {result.gap > 0n
          ? `The balances add up to ${money(-result.gap, true)}, minus the funding gap.`
          : surplus
            ? `The balances add up to ${money(-result.gap, true)}, the surplus.`
            : "The balances add up to zero: the budget is fully funded."}{" "}
        The payments below bring every partner to its fair share exactly: partners below their share pay partners above it, and whatever is
        still missing goes into the shared budget.{surplus ? " With a surplus, partners above their share can pledge that much less." : ""}
      </p>
      {payments.length === 0 ? (
        <p>No payments are needed: every partner stands at its fair share.</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="resources-payments-caption">
          <table class="data-table">
            <caption id="resources-payments-caption">
              Payments ({payments.length}
              {result.minimal ? ", the fewest possible" : ""})
            </caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col" class="num">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {payments.map((p, i) => (
                <tr key={i}>
                  <th scope="row">{party(p.from, true)}</th>
                  <td>{party(p.to, false)}</td>
                  <td class="num">{money(p.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SettlementByPartner result={result} standings={standings} money={money} />
      {!result.minimal && (
        <p class="resources-hint">
          With more than {MAX_EXACT_PARTIES} parties away from their share, the payments were found by a quick method (largest debtor pays
          largest creditor) that may use a few more payments than the fewest possible.
        </p>
      )}
    </div>
  );
}

function SettlementByPartner({ result, standings, money }: TableProps) {
  const surplus = result.gap < 0n;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="resources-after-caption">
      <table class="data-table">
        <caption id="resources-after-caption">After settlement: what each partner pays, receives and puts in</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            <th scope="col" class="num">
              Pays partners
            </th>
            <th scope="col" class="num">
              Receives from partners
            </th>
            <th scope="col" class="num">
              Puts into the shared budget
            </th>
            {surplus && (
              <th scope="col" class="num">
                Can pledge less by
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {standings.map((s) => (
            <tr key={s.partner.id}>
              <th scope="row">{s.partner.name}</th>
              <td class="num">{money(s.pays)}</td>
              <td class="num">{money(s.receives)}</td>
              <td class="num">{money(s.intoBudget)}</td>
              {surplus && <td class="num">{money(s.lessToPledge)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
