import { useComputed } from "@preact/signals";
import { useRef, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { costOverTerm } from "~/lib/resources/budget";
import { FREQUENCY_LABEL } from "~/lib/resources/labels";
import { formatAmount, formatMoney } from "~/lib/resources/money";
import { addCost, deleteCost } from "~/lib/resources/resources-edits";
import { checkCost, moneyRule, readNumber } from "~/lib/resources/resources-forms";
import { FREQUENCIES, type Frequency, RESOURCE_LIMITS } from "~/lib/resources/resources-tool";
import { NumberField, SelectField, TextField, useFocusFirstError } from "../shared/fields";
import { useNumberDraft } from "./number-draft";
import { Pager, usePage } from "../shared/Pager";
import { readerLocale } from "./reader-locale";
import { costById, costIds, costs, currency, resources, termMonths, totalCost } from "./resources-state";

const FREQUENCY_OPTIONS = FREQUENCIES.map((value) => ({ value, label: FREQUENCY_LABEL[value] }));

/** The budget: what the partnership costs over its term. */
export function BudgetSection() {
  return (
    <section class="resources-section" aria-labelledby="resources-budget-title">
      <h3 id="resources-budget-title">Budget</h3>
      <p>
        List everything the partnership needs, including what partners give in kind (staff, volunteers, space, goods), so the budget shows
        the full cost. Monthly items count every month of the term; yearly items count in proportion to the months, so an 18-month term
        counts a yearly item one and a half times.
      </p>
      <AddCostForm />
      <BudgetTable />
    </section>
  );
}

function AddCostForm() {
  const [name, setName] = useState("");
  const amount = useNumberDraft(null);
  const [frequency, setFrequency] = useState<Frequency>("one-off");
  const [nameError, setNameError] = useState<string | undefined>();
  const form = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const code = currency.value;
  return (
    <form
      ref={form}
      class="tool-form"
      aria-label="Add a cost"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const checked = checkCost({ name, amount: amount.value, frequency }, costs.value.length);
        setNameError(checked.ok ? undefined : checked.errors.name);
        amount.fail(checked.ok || amount.refused ? undefined : checked.errors.amount);
        if (!checked.ok) return focusError();
        const cost = { id: newId(), ...checked.item };
        resources.apply(`Add cost “${cost.name}”`, (d) => addCost(d, cost));
        setName("");
        amount.set(null);
        nameRef.current?.focus();
      }}
    >
      <TextField
        id="resources-cost-name"
        label="Cost item"
        wide
        maxLength={RESOURCE_LIMITS.costName}
        value={name}
        error={nameError}
        inputRef={nameRef}
        onValue={setName}
      />
      <NumberField<number>
        id="resources-cost-amount"
        label="Amount"
        {...amount.field}
        format={(minor) => formatAmount(BigInt(minor), code)}
        read={(text) => readNumber(text, moneyRule(code, "amount", readerLocale()), readerLocale())}
      />
      <SelectField id="resources-cost-frequency" label="Frequency" value={frequency} options={FREQUENCY_OPTIONS} onValue={setFrequency} />
      <button type="submit">Add cost</button>
    </form>
  );
}

/** The budget lines as text, one Delete button each, a page at a time; a row re-renders only when its own line changes. */
function BudgetTable() {
  const ids = costIds.value;
  const months = termMonths.value;
  const view = usePage(ids.length);
  if (ids.length === 0) return <p class="tool__empty">No costs yet.</p>;
  return (
    <>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="resources-budget-caption">
        <table class="data-table">
          <caption id="resources-budget-caption">Budget over {months} months</caption>
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
            {ids.slice(view.start, view.end).map((id, index) => (
              <CostRow key={id} id={id} number={view.start + index + 1} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Total cost over {months} months
              </th>
              <td class="num">{formatMoney(totalCost.value, currency.value)}</td>
              <td class="no-print" />
            </tr>
          </tfoot>
        </table>
      </div>
      <Pager noun="costs" count={ids.length} view={view} />
    </>
  );
}

function CostRow({ id, number }: { id: string; number: number }) {
  const cost = useComputed(() => costById.value.get(id)).value;
  const code = currency.value;
  if (!cost) return null;
  return (
    <tr>
      <th scope="row">{cost.name}</th>
      <td class="num">{formatMoney(BigInt(cost.amount), code)}</td>
      <td>{FREQUENCY_LABEL[cost.frequency]}</td>
      <td class="num">{formatMoney(costOverTerm(cost, termMonths.value), code)}</td>
      <td class="no-print">
        <button type="button" class="button--quiet" onClick={() => resources.apply(`Delete cost “${cost.name}”`, (d) => deleteCost(d, id))}>
          Delete cost {number}
        </button>
      </td>
    </tr>
  );
}
