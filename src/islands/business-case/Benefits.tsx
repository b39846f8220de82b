import { useComputed } from "@preact/signals";
import { useState } from "preact/hooks";
import { BenefitSchema } from "~/lib/business-case/business-case-tool";
import { type BenefitFields, caseLimits, readBenefitFields } from "~/lib/business-case/case-input";
import { addBenefit, editBenefit, removeBenefit } from "~/lib/business-case/cost-and-benefits";
import { newId } from "~/lib/id";
import { maxLengthOf } from "~/lib/schema-parts";
import { TextField } from "../shared/fields";
import { useRowForm } from "../shared/row-form";
import { readerLocale } from "../resources/reader-locale";
import { benefitById, benefitIds, businessCase, caseCurrency } from "./case-state";
import { MoneyField } from "./MoneyField";
import { FieldsTable } from "../shared/FieldsTable";

const EMPTY: BenefitFields = { name: "", yearlyValue: "", basis: "" };
const NAME_MAX = maxLengthOf(BenefitSchema.entries.name);
const BASIS_MAX = maxLengthOf(BenefitSchema.entries.basis);

/** The benefit lines, each with its yearly value and how it was estimated, edited in place, and the form that adds one. */
export function Benefits() {
  const ids = benefitIds.value;
  return (
    <div class="case-benefits">
      {ids.length > 0 && (
        <FieldsTable
          class="case-benefits__table"
          caption="Benefits, each with its yearly value and basis"
          columns={["Benefit", "Yearly value", "Basis"]}
          actions="Actions"
          actionsClass="no-print"
          ids={ids}
          Row={BenefitRow}
        />
      )}
      <AddBenefitForm />
    </div>
  );
}

function BenefitRow({ id, number }: { id: string; number: number }) {
  const benefit = useComputed(() => benefitById.value.get(id)).value;
  const [valueError, setValueError] = useState<string | null>(null);
  if (!benefit) return null;
  const base = `case-benefit-${id}`;
  const edit = (what: string, patch: Parameters<typeof editBenefit>[2], key: string) =>
    businessCase.apply(`${what} of benefit ${number}`, (d) => editBenefit(d, id, patch), `${base}-${key}`);
  return (
    <tr>
      <th scope="row">
        <TextField
          id={`${base}-name`}
          label={`Benefit ${number}`}
          hiddenLabel
          maxLength={NAME_MAX}
          value={benefit.name}
          required="Name the benefit; until you do, the case keeps its last name."
          onValue={(name) => edit("Rename", { name }, "name")}
        />
      </th>
      <td class="case-benefits__value">
        <MoneyField
          id={`${base}-value`}
          label={`Yearly value of benefit ${number}`}
          hiddenLabel
          noun="yearly value"
          value={benefit.yearlyValue}
          error={valueError}
          onValue={(minor) => {
            setValueError(minor === null ? "Enter the yearly value; until you do, the case keeps the last one." : null);
            if (minor !== null) edit("Edit the yearly value", { yearlyValue: minor }, "value");
          }}
        />
      </td>
      <td>
        <TextField
          id={`${base}-basis`}
          label={`Basis of benefit ${number}`}
          hiddenLabel
          multiline
          maxLength={BASIS_MAX}
          value={benefit.basis}
          onValue={(basis) => edit("Edit the basis", { basis }, "basis")}
        />
      </td>
      <td class="no-print">
        <button
          type="button"
          class="button--quiet"
          onClick={() => businessCase.apply(`Delete benefit “${benefit.name}”`, (d) => removeBenefit(d, id))}
        >
          Delete<span class="visually-hidden"> benefit {number}</span>
        </button>
      </td>
    </tr>
  );
}

function AddBenefitForm() {
  const { fields, errors, form, first, set, submit } = useRowForm(
    EMPTY,
    (f) => {
      const full = caseLimits.benefits(businessCase.data.peek());
      if (full) return { ok: false, errors: { name: full } };
      return readBenefitFields({ ...f, name: f.name.trim() }, newId(), { currency: caseCurrency.peek(), locale: readerLocale() });
    },
    (benefit) => {
      businessCase.apply(`Add benefit “${benefit.name}”`, (d) => addBenefit(d, benefit));
      return EMPTY;
    },
  );
  return (
    <form ref={form} class="tool-form" aria-label="Add a benefit" noValidate onSubmit={submit}>
      <TextField
        id="case-new-benefit"
        label="Benefit"
        maxLength={NAME_MAX}
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
        maxLength={BASIS_MAX}
        value={fields.basis}
        error={errors.basis}
        onValue={set("basis")}
      />
      <button type="submit">Add benefit</button>
    </form>
  );
}
