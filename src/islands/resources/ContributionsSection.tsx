import { useCallback, useMemo } from "preact/hooks";
import { insertAt } from "~/lib/list";
import { numberFormat } from "~/lib/intl-cache";
import { TYPE_INFO } from "~/lib/resources/labels";
import { currencyDigits, formatMoney, formatPlain, toDecimalString } from "~/lib/resources/money";
import { type Contribution, QUANTITY_SCALE, type ResourcesData } from "~/lib/resources/resources-tool";
import { contributionValue } from "~/lib/resources/valuation";
import { UndoBar } from "../shared/UndoBar";
import { useUndo } from "../shared/use-undo";
import { AddContributionForm } from "./AddContributionForm";
import { memo } from "../shared/memo";
import type { Update } from "./types";

/** "12.5" hours, in the reader's notation. */
export function formatQuantity(quantity: number): string {
  return numberFormat(undefined, { maximumFractionDigits: QUANTITY_SCALE }, "quantity").format(
    toDecimalString(BigInt(quantity), QUANTITY_SCALE) as `${number}`,
  );
}

interface Props {
  contributions: ResourcesData["contributions"];
  partners: ResourcesData["partners"];
  currency: ResourcesData["currency"];
  volunteerRate: number;
  update: Update;
}

/** What each partner puts in, valued in money. */
export const ContributionsSection = memo(function ContributionsSection({
  contributions,
  partners,
  currency,
  volunteerRate,
  update,
}: Props) {
  const undo = useUndo();
  const names = useMemo(() => new Map(partners.map((p) => [p.id, p.name])), [partners]);
  // Each contribution valued once; the total counts only those whose partner still exists.
  const values = useMemo(() => contributions.map(contributionValue), [contributions]);
  const total = contributions.reduce((a, c, i) => a + (names.has(c.partnerId) ? (values[i] ?? 0n) : 0n), 0n);
  const money = (minor: bigint) => formatMoney(minor, currency);
  const { offer } = undo;
  const remove = useCallback(
    (item: Contribution, index: number) => {
      update((d) => ({ ...d, contributions: d.contributions.filter((c) => c.id !== item.id) }));
      offer({
        message: `Deleted contribution ${index + 1} (${TYPE_INFO[item.type].label.toLowerCase()}).`,
        undo: () =>
          update((d) =>
            d.contributions.some((c) => c.id === item.id) ? d : { ...d, contributions: insertAt(d.contributions, index, item) },
          ),
      });
    },
    [update, offer],
  );
  const add = useCallback((item: Contribution) => update((d) => ({ ...d, contributions: [...d.contributions, item] })), [update]);
  return (
    <section class="costing-section" aria-labelledby="costing-contributions-title">
      <h3 id="costing-contributions-title">Contributions</h3>
      <p>
        Record what each partner puts in. Cash counts at face value. Time is hours × an hourly rate; goods count at fair market value, and
        loaned space or equipment at its fair rental value.
      </p>
      <AddContributionForm
        partners={partners}
        count={contributions.length}
        currency={currency}
        suggestedRate={formatPlain(BigInt(volunteerRate), currencyDigits(currency))}
        onAdd={add}
      />
      <UndoBar last={undo.last} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {contributions.length === 0 ? (
        <p class="tool__empty">No contributions yet.</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="costing-contributions-caption">
          <table class="data-table">
            <caption id="costing-contributions-caption">Contributions, valued</caption>
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
              {contributions.map((item, index) => (
                <ContributionRow
                  key={item.id}
                  item={item}
                  index={index}
                  partnerName={names.get(item.partnerId)}
                  currency={currency}
                  value={values[index] ?? 0n}
                  onDelete={remove}
                />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>
                  Total contributed
                </th>
                <td class="num">{money(total)}</td>
                <td class="no-print" />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
});

interface RowProps {
  item: Contribution;
  index: number;
  /** The partner's name; undefined once the partner is deleted. */
  partnerName: string | undefined;
  currency: ResourcesData["currency"];
  /** Quantity × unit value, in minor units. */
  value: bigint;
  onDelete: (item: Contribution, index: number) => void;
}

/** One contribution, valued; rendered again only when what it shows changes. */
const ContributionRow = memo(function ContributionRow({ item, index, partnerName, currency, value, onDelete }: RowProps) {
  return (
    <tr>
      <th scope="row">{partnerName ?? "(deleted partner, not counted)"}</th>
      <td>{TYPE_INFO[item.type].label}</td>
      <td>{item.description}</td>
      <td class="num">{formatQuantity(item.quantity)}</td>
      <td class="num">{formatMoney(BigInt(item.unitValue), currency)}</td>
      <td class="num">{formatMoney(value, currency)}</td>
      <td class="no-print">
        <button type="button" class="button--quiet" onClick={() => onDelete(item, index)}>
          Delete contribution {index + 1}
        </button>
      </td>
    </tr>
  );
});
