import { useComputed } from "@preact/signals";
import { useRef, useState } from "preact/hooks";
import { BenefitSchema } from "~/lib/business-case/business-case-tool";
import { type BenefitFields, caseLimits, readBenefitFields } from "~/lib/business-case/case-input";
import { addBenefit, removeBenefit } from "~/lib/business-case/cost-and-benefits";
import { newId } from "~/lib/id";
import { maxLengthOf } from "~/lib/schema-parts";
import { TextField, useFocusFirstError } from "../shared/fields";
import { readerLocale } from "../resources/reader-locale";
import { benefitById, benefitIds, businessCase, caseCurrency, money } from "./case-state";

const EMPTY: BenefitFields = { name: "", yearlyValue: "", basis: "" };
type Errors = Partial<Record<keyof BenefitFields, string>>;

/** The benefit lines, each with its yearly value and how it was estimated, and the form that adds one. */
export function Benefits() {
  const ids = benefitIds.value;
  return (
    <div class="case-benefits">
      {ids.length > 0 && (
        <table class="case-benefits__table">
          <caption>Benefits, each with its yearly value and basis</caption>
          <thead>
            <tr>
              <th scope="col">Benefit</th>
              <th scope="col">Yearly value</th>
              <th scope="col">Basis</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <BenefitRow key={id} id={id} />
            ))}
          </tbody>
        </table>
      )}
      <AddBenefitForm />
    </div>
  );
}

function BenefitRow({ id }: { id: string }) {
  const benefit = useComputed(() => benefitById.value.get(id)).value;
  if (!benefit) return null;
  return (
    <tr>
      <th scope="row">{benefit.name}</th>
      <td class="case-benefits__value">{money(benefit.yearlyValue)}</td>
      <td>{benefit.basis || "No basis given yet."}</td>
      <td>
        <button
          type="button"
          class="button--quiet"
          onClick={() => businessCase.apply(`Delete benefit “${benefit.name}”`, (d) => removeBenefit(d, id))}
        >
          Delete<span class="visually-hidden"> benefit “{benefit.name}”</span>
        </button>
      </td>
    </tr>
  );
}

function AddBenefitForm() {
  const [fields, setFields] = useState<BenefitFields>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const set = (key: keyof BenefitFields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const submit = (event: Event) => {
    event.preventDefault();
    const full = caseLimits.benefits(businessCase.data.peek());
    const read = readBenefitFields({ ...fields, name: fields.name.trim() }, newId(), {
      currency: caseCurrency.peek(),
      locale: readerLocale(),
    });
    if (full || !read.ok) {
      setErrors(full ? { name: full } : read.ok ? {} : read.errors);
      return focusError();
    }
    businessCase.apply(`Add benefit “${read.value.name}”`, (d) => addBenefit(d, read.value));
    setErrors({});
    setFields(EMPTY);
    first.current?.focus();
  };
  return (
    <form ref={form} class="tool-form" aria-label="Add a benefit" noValidate onSubmit={submit}>
      <TextField
        id="case-new-benefit"
        label="Benefit"
        maxLength={maxLengthOf(BenefitSchema.entries.name)}
        value={fields.name}
        error={errors.name}
        inputRef={first}
        onValue={set("name")}
      />
      <TextField
        id="case-new-benefit-value"
        label="Yearly value"
        inputMode="decimal"
        value={fields.yearlyValue}
        error={errors.yearlyValue}
        onValue={set("yearlyValue")}
      />
      <TextField
        id="case-new-benefit-basis"
        label="Basis"
        hint="How the value was estimated."
        wide
        maxLength={maxLengthOf(BenefitSchema.entries.basis)}
        value={fields.basis}
        error={errors.basis}
        onValue={set("basis")}
      />
      <button type="submit">Add benefit</button>
    </form>
  );
}
