import { useRef, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { numberMessage } from "~/lib/resources/field-messages";
import { numberFormat } from "~/lib/intl-cache";
import { TYPE_INFO } from "~/lib/resources/labels";
import { type AmountRead, currencyDigits, formatCap, formatMoney, maxMinor, readAmount } from "~/lib/resources/money";
import {
  CONTRIBUTION_TYPES,
  type Contribution,
  type ContributionType,
  MAX_CONTRIBUTIONS,
  MAX_QUANTITY,
  QUANTITY_SCALE,
  type ResourcesData,
} from "~/lib/resources/resources-tool";
import { contributionValue } from "~/lib/resources/valuation";
import { FieldError } from "../shared/FieldError";
import { memo } from "../shared/memo";
import { readerLocale } from "./reader-locale";

/** What the form checks a draft against. */
interface Context {
  partners: ResourcesData["partners"];
  /** How many contributions the tool holds already. */
  count: number;
  currency: string;
}

interface Props extends Context {
  /** The volunteer-hour value written for the field, offered for volunteer time. */
  suggestedRate: string;
  onAdd: (item: Contribution) => void;
}

type Errors = Partial<Record<"partner" | "quantity" | "unitValue" | "description", string>>;

interface Draft {
  partnerId: string;
  type: ContributionType;
  description: string;
  quantity: string;
  unitValue: string;
}

const EMPTY: Draft = { partnerId: "", type: "cash", description: "", quantity: "1", unitValue: "" };

/** Checks a draft; the contribution to add, or the message for each field that refused its input. */
function check(draft: Draft, data: Context, locale: string | undefined): { item: Contribution } | { errors: Errors } {
  const digits = currencyDigits(data.currency);
  const cap = `${formatCap(locale)} ${data.currency}`;
  const errors: Errors = {};
  const partnerId = data.partners.some((p) => p.id === draft.partnerId) ? draft.partnerId : (data.partners[0]?.id ?? "");
  if (!partnerId) errors.partner = "Add a partner above first.";
  if (data.count >= MAX_CONTRIBUTIONS) errors.partner = `This tool holds up to ${MAX_CONTRIBUTIONS} contributions.`;
  if (draft.description.trim().length > 200) errors.description = "Keep the description to 200 characters or fewer.";
  const quantity: AmountRead = readAmount(draft.quantity, QUANTITY_SCALE, BigInt(MAX_QUANTITY), locale);
  if (!quantity.ok)
    errors.quantity = numberMessage(quantity.problem, {
      noun: "quantity",
      scale: QUANTITY_SCALE,
      largest: numberFormat(locale).format(1e9),
    });
  const unit = readAmount(draft.unitValue, digits, maxMinor(digits), locale);
  if (!unit.ok) errors.unitValue = numberMessage(unit.problem, { noun: "unit value", scale: digits, largest: cap });
  if (quantity.ok && unit.ok && contributionValue({ quantity: Number(quantity.value), unitValue: Number(unit.value) }) > maxMinor(digits)) {
    errors.unitValue = `Quantity × unit value comes to more than ${cap}, the largest amount accepted.`;
  }
  if (Object.keys(errors).length > 0 || !quantity.ok || !unit.ok) return { errors };
  const item = {
    id: newId(),
    partnerId,
    type: draft.type,
    description: draft.description.trim(),
    quantity: Number(quantity.value),
    unitValue: Number(unit.value),
  };
  return { item };
}

/** The form that values and adds one contribution. */
export const AddContributionForm = memo(function AddContributionForm({ partners, count, currency, suggestedRate, onAdd }: Props) {
  const context: Context = { partners, count, currency };
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const refs = {
    partner: useRef<HTMLSelectElement>(null),
    quantity: useRef<HTMLInputElement>(null),
    unitValue: useRef<HTMLInputElement>(null),
    description: useRef<HTMLInputElement>(null),
  };
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const onType = (type: ContributionType) =>
    setDraft((d) => {
      const next = { ...d, type };
      if (type === "cash" && d.quantity.trim() === "") next.quantity = "1";
      if (type === "volunteer" && d.unitValue.trim() === "") next.unitValue = suggestedRate;
      if (d.type === "volunteer" && type !== "volunteer" && d.unitValue === suggestedRate) next.unitValue = "";
      return next;
    });

  const preview = check(draft, context, undefined);
  const field = (key: keyof Errors, id: string) => ({
    id,
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby":
      [errors[key] ? `${id}-error` : "", key === "quantity" || key === "unitValue" ? "costing-type-hint" : ""].filter(Boolean).join(" ") ||
      undefined,
  });

  return (
    <form
      class="tool-form"
      aria-label="Add a contribution"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const result = check(draft, context, readerLocale());
        if ("errors" in result) {
          setErrors(result.errors);
          const first = (["partner", "description", "quantity", "unitValue"] as const).find((k) => result.errors[k]);
          if (first) refs[first].current?.focus();
          return;
        }
        setErrors({});
        onAdd(result.item);
        setDraft({
          ...EMPTY,
          partnerId: result.item.partnerId,
          type: draft.type,
          quantity: draft.type === "cash" ? "1" : "",
          unitValue: draft.type === "volunteer" ? suggestedRate : "",
        });
        refs.description.current?.focus();
      }}
    >
      <div class="field">
        <label for="costing-contribution-partner">Partner</label>
        <select
          {...field("partner", "costing-contribution-partner")}
          ref={refs.partner}
          value={draft.partnerId || partners[0]?.id || ""}
          onChange={(e) => set({ partnerId: e.currentTarget.value })}
        >
          {partners.length === 0 && <option value="">No partners yet</option>}
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <FieldError id="costing-contribution-partner-error" message={errors.partner} />
      </div>
      <div class="field">
        <label for="costing-contribution-type">Type</label>
        <select
          id="costing-contribution-type"
          aria-describedby="costing-type-hint"
          value={draft.type}
          onChange={(e) => onType(e.currentTarget.value as ContributionType)}
        >
          {CONTRIBUTION_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_INFO[t].label}
            </option>
          ))}
        </select>
      </div>
      <div class="field field--wide">
        <label for="costing-contribution-description">Description</label>
        <input
          {...field("description", "costing-contribution-description")}
          ref={refs.description}
          type="text"
          value={draft.description}
          onInput={(e) => set({ description: e.currentTarget.value })}
        />
        <FieldError id="costing-contribution-description-error" message={errors.description} />
      </div>
      <div class="field">
        <label for="costing-contribution-quantity">Quantity</label>
        <input
          {...field("quantity", "costing-contribution-quantity")}
          ref={refs.quantity}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={draft.quantity}
          onInput={(e) => set({ quantity: e.currentTarget.value })}
        />
        <FieldError id="costing-contribution-quantity-error" message={errors.quantity} />
      </div>
      <div class="field">
        <label for="costing-contribution-unit">Unit value</label>
        <input
          {...field("unitValue", "costing-contribution-unit")}
          ref={refs.unitValue}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={draft.unitValue}
          onInput={(e) => set({ unitValue: e.currentTarget.value })}
        />
        <FieldError id="costing-contribution-unit-error" message={errors.unitValue} />
      </div>
      <button type="submit">Add contribution</button>
      <p id="costing-type-hint" class="costing-hint costing-form-note">
        {TYPE_INFO[draft.type].rule}
        {"item" in preview ? ` Value: ${formatMoney(contributionValue(preview.item), currency)}.` : ""}
      </p>
    </form>
  );
});
