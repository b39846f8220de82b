import { useEffect, useState } from "preact/hooks";
import { type FieldRule, numberMessage } from "~/lib/resources/field-messages";
import { formatPlain, readAmount } from "~/lib/resources/money";
import { FieldError } from "../shared/FieldError";
import { readerLocale } from "./reader-locale";

interface Props {
  id: string;
  label: string;
  /** The saved value in units of 10^−scale; null when none. */
  value: bigint | null;
  /** Decimals, largest value and noun, for reading and for messages. */
  rule: FieldRule & { max: bigint; min?: bigint };
  /** Called as the reader types: the value when it reads, null when the field is empty or refused. */
  onValue: (value: bigint | null) => void;
  /** Whether an empty field is acceptable (it saves null without a message). */
  optional?: boolean;
  /** Id of a hint that describes the field. */
  hintId?: string;
  /** Text shown after the field, e.g. "%". */
  suffix?: string;
  class?: string;
}

/**
 * A text field for a number that saves as the reader types. Refused input shows a message at the field
 * (aria-invalid, aria-describedby) and saves null, so no result is ever computed from a stale value.
 */
export function LiveNumberField({ id, label, value, rule, onValue, optional = false, hintId, suffix, class: className }: Props) {
  const [text, setText] = useState(() => (value === null ? "" : formatPlain(value, rule.scale)));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const read = readAmount(text, rule.scale, rule.max, readerLocale());
    const shown = read.ok ? read.value : null;
    if (shown !== value && !(value === null && error)) {
      setText(value === null ? "" : formatPlain(value, rule.scale, readerLocale()));
      setError(null);
    }
    // Only an outside change of the saved value (example, undo, another tab) rewrites the field.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const onInput = (typed: string) => {
    setText(typed);
    const read = readAmount(typed, rule.scale, rule.max, readerLocale());
    if (read.ok && rule.min !== undefined && read.value < rule.min) {
      setError(`The ${rule.noun} must be at least ${formatPlain(rule.min, rule.scale, readerLocale())}.`);
      onValue(null);
    } else if (read.ok) {
      setError(null);
      onValue(read.value);
    } else {
      setError(read.problem === "empty" && optional ? null : numberMessage(read.problem, rule));
      onValue(null);
    }
  };

  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div class={className ? `field ${className}` : "field"}>
      <label for={id}>{label}</label>
      <span class="costing-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </span>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
