import { useComputed } from "@preact/signals";
import { numberFormat } from "~/lib/intl-cache";
import { TYPE_INFO } from "~/lib/resources/labels";
import { formatMoney, toDecimalString } from "~/lib/resources/money";
import { deleteContribution } from "~/lib/resources/resources-edits";
import { QUANTITY_SCALE } from "~/lib/resources/resources-tool";
import { contributionValue } from "~/lib/resources/valuation";
import { AddContributionForm } from "./AddContributionForm";
import { Pager, usePage } from "../shared/Pager";
import { contributionById, contributionIds, currency, partnerNames, resources, sharing } from "./resources-state";

/** "12.5" hours, in the reader's notation. */
function formatQuantity(quantity: number): string {
  return numberFormat(undefined, { maximumFractionDigits: QUANTITY_SCALE }, "quantity").format(
    toDecimalString(BigInt(quantity), QUANTITY_SCALE) as `${number}`,
  );
}

/** What each partner puts in, valued in money. */
export function ContributionsSection() {
  return (
    <section class="resources-section" aria-labelledby="resources-contributions-title">
      <h3 id="resources-contributions-title">Contributions</h3>
      <p>
        Record what each partner puts in. Cash counts at face value. Time is hours × an hourly rate; goods count at fair market value, and
        loaned space or equipment at its fair rental value.
      </p>
      <AddContributionForm />
      <ContributionsTable />
    </section>
  );
}

/**
 * The contributions as text, one Delete button each, a page at a time; a row re-renders only when its own contribution
 * or its partner's name changes.
 */
function ContributionsTable() {
  const ids = contributionIds.value;
  const view = usePage(ids.length);
  if (ids.length === 0) return <p class="tool__empty">No contributions yet.</p>;
  return (
    <>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="resources-contributions-caption">
        <table class="data-table">
          <caption id="resources-contributions-caption">Contributions, valued</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Type</th>
              <th scope="col">Description</th>
              <th scope="col" class="num">
                Quantity
              </th>
              <th scope="col" class="num">
                Unit value
              </th>
              <th scope="col" class="num">
                Value
              </th>
              <th scope="col" class="no-print">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.slice(view.start, view.end).map((id, index) => (
              <ContributionRow key={id} id={id} number={view.start + index + 1} />
            ))}
          </tbody>
          <tfoot>
            <ContributedTotal />
          </tfoot>
        </table>
      </div>
      <Pager noun="contributions" count={ids.length} view={view} />
    </>
  );
}

function ContributedTotal() {
  return (
    <tr>
      <th scope="row" colSpan={5}>
        Total contributed
      </th>
      <td class="num">{formatMoney(sharing.value.totalContributed, currency.value)}</td>
      <td class="no-print" />
    </tr>
  );
}

function ContributionRow({ id, number }: { id: string; number: number }) {
  const item = useComputed(() => contributionById.value.get(id)).value;
  const partner = useComputed(() => {
    const partnerId = contributionById.value.get(id)?.partnerId;
    return partnerId === undefined ? undefined : partnerNames.value.get(partnerId);
  }).value;
  const code = currency.value;
  if (!item) return null;
  const type = TYPE_INFO[item.type].label;
  return (
    <tr>
      <th scope="row">{partner ?? "(deleted partner, not counted)"}</th>
      <td>{type}</td>
      <td>{item.description}</td>
      <td class="num">{formatQuantity(item.quantity)}</td>
      <td class="num">{formatMoney(BigInt(item.unitValue), code)}</td>
      <td class="num">{formatMoney(contributionValue(item), code)}</td>
      <td class="no-print">
        <button
          type="button"
          class="button--quiet"
          onClick={() => resources.apply(`Delete contribution ${number} (${type.toLowerCase()})`, (d) => deleteContribution(d, id))}
        >
          Delete contribution {number}
        </button>
      </td>
    </tr>
  );
}
