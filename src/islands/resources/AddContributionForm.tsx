import { useRef, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { TYPE_INFO } from "~/lib/resources/labels";
import { formatAmount, formatMoney, formatPlain } from "~/lib/resources/money";
import { addContribution } from "~/lib/resources/resources-edits";
import { checkContribution, moneyRule, quantityRule, readNumber } from "~/lib/resources/resources-forms";
import { CONTRIBUTION_TYPES, type ContributionType, QUANTITY_SCALE, RESOURCE_LIMITS } from "~/lib/resources/resources-tool";
import { contributionValue } from "~/lib/resources/valuation";
import { NumberField, SelectField, TextField, useFocusFirstError } from "../shared/fields";
import { type NumberDraft, useNumberDraft } from "./number-draft";
import { readerLocale } from "./reader-locale";
import { contributions, currency, partners, resources, volunteerRate } from "./resources-state";

const TYPE_OPTIONS = CONTRIBUTION_TYPES.map((value) => ({ value, label: TYPE_INFO[value].label }));
const ONE = 10 ** QUANTITY_SCALE;
const NO_PARTNERS = [{ value: "", label: "No partners yet" }];

/** The quantity and unit value a type starts with: one for cash, the volunteer-hour value for volunteer time. */
function startingValues(type: ContributionType): { quantity: number | null; unitValue: number | null } {
  return { quantity: type === "cash" ? ONE : null, unitValue: type === "volunteer" ? volunteerRate.value : null };
}

/** Changes the type, filling in what that type starts with where the reader has not typed anything of their own. */
function switchType(from: ContributionType, to: ContributionType, quantity: NumberDraft, unitValue: NumberDraft) {
  const start = startingValues(to);
  if (quantity.field.value === null && !quantity.refused) quantity.set(start.quantity);
  if (unitValue.field.value === null && !unitValue.refused) unitValue.set(start.unitValue);
  else if (from === "volunteer" && unitValue.field.value === volunteerRate.value) unitValue.set(start.unitValue);
}

/** The form that values and adds one contribution. */
export function AddContributionForm() {
  const [partnerId, setPartnerId] = useState("");
  const [type, setType] = useState<ContributionType>("cash");
  const [description, setDescription] = useState("");
  const [errors, setErrors] = useState<{ partner?: string | undefined; description?: string | undefined }>({});
  const quantity = useNumberDraft(ONE);
  const unitValue = useNumberDraft(null);
  const form = useRef<HTMLFormElement>(null);
  const descriptionRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const list = partners.value;
  const code = currency.value;
  const options = list.length === 0 ? NO_PARTNERS : list.map((p) => ({ value: p.id, label: p.name }));
  const chosen = list.some((p) => p.id === partnerId) ? partnerId : (list[0]?.id ?? "");
  const draft = { partnerId: chosen, type, description, quantity: quantity.value, unitValue: unitValue.value };
  const submit = (event: Event) => {
    event.preventDefault();
    const checked = checkContribution(
      draft,
      { partners: partners.value, count: contributions.value.length, currency: code },
      readerLocale(),
    );
    const failed = checked.ok ? {} : checked.errors;
    setErrors({ partner: failed.partner, description: failed.description });
    quantity.fail(quantity.refused ? undefined : failed.quantity);
    unitValue.fail(unitValue.refused ? undefined : failed.unitValue);
    if (!checked.ok) return focusError();
    const item = { id: newId(), ...checked.item };
    resources.apply(`Add ${TYPE_INFO[item.type].label.toLowerCase()} from ${partnerName(item.partnerId)}`, (d) => addContribution(d, item));
    setPartnerId(item.partnerId);
    setDescription("");
    const start = startingValues(type);
    quantity.set(start.quantity);
    unitValue.set(start.unitValue);
    descriptionRef.current?.focus();
  };
  const value =
    draft.quantity !== null && draft.unitValue !== null
      ? contributionValue({ quantity: draft.quantity, unitValue: draft.unitValue })
      : null;
  return (
    <form ref={form} class="tool-form" aria-label="Add a contribution" noValidate onSubmit={submit}>
      <SelectField
        id="resources-contribution-partner"
        label="Partner"
        value={chosen}
        options={options}
        error={errors.partner}
        onValue={setPartnerId}
      />
      <SelectField
        id="resources-contribution-type"
        label="Type"
        hint={TYPE_INFO[type].rule}
        value={type}
        options={TYPE_OPTIONS}
        onValue={(next) => {
          switchType(type, next, quantity, unitValue);
          setType(next);
        }}
      />
      <TextField
        id="resources-contribution-description"
        label="Description"
        wide
        maxLength={RESOURCE_LIMITS.description}
        value={description}
        error={errors.description}
        inputRef={descriptionRef}
        onValue={setDescription}
      />
      <NumberField<number>
        id="resources-contribution-quantity"
        label="Quantity"
        {...quantity.field}
        hint={TYPE_INFO[type].quantity}
        format={(units) => formatPlain(BigInt(units), QUANTITY_SCALE)}
        read={(text) => readNumber(text, quantityRule(readerLocale()), readerLocale())}
      />
      <NumberField<number>
        id="resources-contribution-unit"
        label="Unit value"
        {...unitValue.field}
        hint={TYPE_INFO[type].unitValue}
        format={(minor) => formatAmount(BigInt(minor), code)}
        read={(text) => readNumber(text, moneyRule(code, "unit value", readerLocale()), readerLocale())}
      />
      <button type="submit">Add contribution</button>
      <p class="resources-hint resources-form-note">{value !== null ? `Value: ${formatMoney(value, code)}.` : ""}</p>
    </form>
  );
}

function partnerName(id: string): string {
  return partners.value.find((p) => p.id === id)?.name ?? "a partner";
}
