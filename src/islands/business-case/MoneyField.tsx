import { readMoney } from "~/lib/business-case/case-money";
import { formatAmount } from "~/lib/resources/money";
import { NumberField } from "../shared/fields";
import { readerLocale } from "../resources/reader-locale";
import { caseCurrency } from "./case-state";

interface Props {
  id: string;
  label: string;
  /** What the amount is called in messages: "total cost". */
  noun: string;
  value: number | null;
  onValue: (minor: number | null) => void;
  hint?: string;
  hiddenLabel?: boolean;
  /** Why the amount is refused, beside the field's own reading of it. */
  error?: string | null;
}

/** An amount in the case's currency, saved as the reader types; empty is "not given". */
export function MoneyField({ noun, ...props }: Props) {
  const code = caseCurrency.value;
  return (
    <NumberField<number>
      {...props}
      suffix={code}
      format={(minor) => formatAmount(BigInt(minor), code)}
      read={(text) => {
        const read = readMoney(text, code, noun, readerLocale());
        return read.ok ? read : { ok: false, message: read.message };
      }}
    />
  );
}
