import { useCallback, useMemo, useRef, useState } from "preact/hooks";
import { insertAt } from "~/lib/list";
import { costOverTerm } from "~/lib/resources/budget";
import { numberMessage } from "~/lib/resources/field-messages";
import { FREQUENCY_LABEL } from "~/lib/resources/labels";
import { currencyDigits, formatCap, formatMoney, maxMinor, readAmount } from "~/lib/resources/money";
import { type Cost, FREQUENCIES, type Frequency, MAX_COSTS, type ResourcesData } from "~/lib/resources/resources-tool";
import { newId } from "~/lib/id";
import { FieldError } from "../shared/FieldError";
import { UndoBar } from "../shared/UndoBar";
import { useUndo } from "../shared/use-undo";
import { readerLocale } from "./reader-locale";
import { memo } from "../shared/memo";
import type { Update } from "./types";

interface Props {
  costs: ResourcesData["costs"];
  termMonths: number;
  currency: ResourcesData["currency"];
  update: Update;
}

/** The budget: what the partnership costs over its term. */
export const BudgetSection = memo(function BudgetSection({ costs, termMonths, currency, update }: Props) {
  const undo = useUndo();
  // Each item over the term, computed once; the total is their sum, as budgetTotal defines it.
  const overTerm = useMemo(() => costs.map((cost) => costOverTerm(cost, termMonths)), [costs, termMonths]);
  const total = overTerm.reduce((sum, amount) => sum + amount, 0n);
  const { offer } = undo;
  const remove = useCallback(
    (cost: Cost, index: number) => {
      update((d) => ({ ...d, costs: d.costs.filter((c) => c.id !== cost.id) }));
      offer({
        message: `Deleted the cost “${cost.name}”.`,
        undo: () => update((d) => (d.costs.some((c) => c.id === cost.id) ? d : { ...d, costs: insertAt(d.costs, index, cost) })),
      });
    },
    [update, offer],
  );
  const money = (minor: bigint) => formatMoney(minor, currency);
  return (
    <section class="costing-section" aria-labelledby="costing-budget-title">
      <h3 id="costing-budget-title">Budget</h3>
      <p>
        List everything the partnership needs, including what partners give in kind (staff, volunteers, space, goods), so the budget shows
        the full cost. Monthly items count every month of the term; yearly items count in proportion to the months, so an 18-month term
        counts a yearly item one and a half times.
      </p>
      <AddCostForm
        currency={currency}
        full={costs.length >= MAX_COSTS}
        onAdd={(cost) => update((d) => ({ ...d, costs: [...d.costs, cost] }))}
      />
      <UndoBar last={undo.last} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {costs.length === 0 ? (
        <p class="tool__empty">No costs yet.</p>
      ) : (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="costing-budget-caption">
          <table class="data-table">
            <caption id="costing-budget-caption">Budget over {termMonths} months</caption>
            <thead>
              <tr>
                <th scope="col">Cost item</th>
                <th scope="col" class="num">
                  Amount
                </th>
                <th scope="col">Frequency</th>
                <th scope="col" class="num">
                  Over the term
                </th>
                <th scope="col" class="no-print">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {costs.map((cost, index) => (
                <CostRow key={cost.id} cost={cost} index={index} currency={currency} overTerm={overTerm[index] ?? 0n} onDelete={remove} />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Total cost over {termMonths} months
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
  cost: Cost;
  index: number;
  currency: ResourcesData["currency"];
  /** The item's cost over the term, in minor units. */
  overTerm: bigint;
  onDelete: (cost: Cost, index: number) => void;
}

/** One budget line; rendered again only when what it shows changes. */
const CostRow = memo(function CostRow({ cost, index, currency, overTerm, onDelete }: RowProps) {
  return (
    <tr>
      <th scope="row">{cost.name}</th>
      <td class="num">{formatMoney(BigInt(cost.amount), currency)}</td>
      <td>{FREQUENCY_LABEL[cost.frequency]}</td>
      <td class="num">{formatMoney(overTerm, currency)}</td>
      <td class="no-print">
        <button type="button" class="button--quiet" onClick={() => onDelete(cost, index)}>
          Delete cost {index + 1}
        </button>
      </td>
    </tr>
  );
});

function AddCostForm({ currency, full, onAdd }: { currency: string; full: boolean; onAdd: (cost: Cost) => void }) {
  const [name, setName] = useState("");
  const [amount, setAmount] = useState("");
  const [frequency, setFrequency] = useState<Frequency>("one-off");
  const [errors, setErrors] = useState<{ name?: string; amount?: string }>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  const digits = currencyDigits(currency);
  return (
    <form
      class="tool-form"
      aria-label="Add a cost"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        const read = readAmount(amount, digits, maxMinor(digits), readerLocale());
        const next: { name?: string; amount?: string } = {};
        if (!trimmed) next.name = "Name the cost item.";
        else if (trimmed.length > 200) next.name = "Keep the name to 200 characters or fewer.";
        else if (full) next.name = `This tool holds up to ${MAX_COSTS} costs.`;
        if (!read.ok)
          next.amount = numberMessage(read.problem, { noun: "amount", scale: digits, largest: `${formatCap(readerLocale())} ${currency}` });
        setErrors(next);
        if (next.name) return nameRef.current?.focus();
        if (!read.ok) return amountRef.current?.focus();
        onAdd({ id: newId(), name: trimmed, amount: Number(read.value), frequency });
        setName("");
        setAmount("");
        nameRef.current?.focus();
      }}
    >
      <div class="field field--wide">
        <label for="costing-cost-name">Cost item</label>
        <input
          id="costing-cost-name"
          ref={nameRef}
          type="text"
          value={name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "costing-cost-name-error" : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <FieldError id="costing-cost-name-error" message={errors.name} />
      </div>
      <div class="field">
        <label for="costing-cost-amount">Amount</label>
        <input
          id="costing-cost-amount"
          ref={amountRef}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          aria-invalid={errors.amount ? true : undefined}
          aria-describedby={errors.amount ? "costing-cost-amount-error" : undefined}
          onInput={(e) => setAmount(e.currentTarget.value)}
        />
        <FieldError id="costing-cost-amount-error" message={errors.amount} />
      </div>
      <div class="field">
        <label for="costing-cost-frequency">Frequency</label>
        <select id="costing-cost-frequency" value={frequency} onChange={(e) => setFrequency(e.currentTarget.value as Frequency)}>
          {FREQUENCIES.map((f) => (
            <option key={f} value={f}>
              {FREQUENCY_LABEL[f]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Add cost</button>
    </form>
  );
}
