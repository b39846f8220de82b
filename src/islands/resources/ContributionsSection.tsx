import { TYPE_INFO } from "~/lib/resources/labels";
import { currencyDigits, formatMoney, formatPlain, toDecimalString } from "~/lib/resources/money";
import { type Contribution, QUANTITY_SCALE } from "~/lib/resources/resources-tool";
import { contributionValue } from "~/lib/resources/valuation";
import { UndoBar } from "../shared/UndoBar";
import { useUndo } from "../shared/use-undo";
import { AddContributionForm } from "./AddContributionForm";
import type { SectionProps } from "./types";

/** "12.5" hours, in the reader's notation. */
export function formatQuantity(quantity: number): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: QUANTITY_SCALE }).format(toDecimalString(BigInt(quantity), QUANTITY_SCALE) as `${number}`);
}

/** What each partner puts in, valued in money. */
export function ContributionsSection({ data, update }: SectionProps) {
  const undo = useUndo();
  const names = new Map(data.partners.map((p) => [p.id, p.name]));
  const money = (minor: bigint) => formatMoney(minor, data.currency);
  const remove = (item: Contribution, index: number) => {
    update((d) => ({ ...d, contributions: d.contributions.filter((c) => c.id !== item.id) }));
    undo.offer({
      message: `Deleted contribution ${index + 1} (${TYPE_INFO[item.type].label.toLowerCase()}).`,
      undo: () =>
        update((d) => {
          if (d.contributions.some((c) => c.id === item.id)) return d;
          const contributions = [...d.contributions];
          contributions.splice(Math.min(index, contributions.length), 0, item);
          return { ...d, contributions };
        }),
    });
  };
  const total = data.contributions.reduce((a, c) => a + (names.has(c.partnerId) ? contributionValue(c) : 0n), 0n);
  return (
    <section class="costing-section" aria-labelledby="costing-contributions-title">
      <h3 id="costing-contributions-title">Contributions</h3>
      <p>
        Record what each partner puts in. Cash counts at face value. Time is hours × an hourly rate; goods count at fair market value, and
        loaned space or equipment at its fair rental value.
      </p>
      <AddContributionForm
        data={data}
        suggestedRate={formatPlain(BigInt(data.volunteerRate), currencyDigits(data.currency))}
        onAdd={(item) => update((d) => ({ ...d, contributions: [...d.contributions, item] }))}
      />
      <UndoBar last={undo.last} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {data.contributions.length === 0 ? (
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
              {data.contributions.map((item, index) => (
                <tr key={item.id}>
                  <th scope="row">{names.get(item.partnerId) ?? "(deleted partner, not counted)"}</th>
                  <td>{TYPE_INFO[item.type].label}</td>
                  <td>{item.description}</td>
                  <td class="num">{formatQuantity(item.quantity)}</td>
                  <td class="num">{money(BigInt(item.unitValue))}</td>
                  <td class="num">{money(contributionValue(item))}</td>
                  <td class="no-print">
                    <button type="button" class="button--quiet" onClick={() => remove(item, index)}>
                      Delete contribution {index + 1}
                    </button>
                  </td>
                </tr>
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
}
