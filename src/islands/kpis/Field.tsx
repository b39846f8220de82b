import type { ComponentChildren } from "preact";
import { FIRST_DATE, LAST_DATE } from "~/lib/kpis/kpi-input";
import { FieldError } from "../shared/FieldError";
import { memo } from "../shared/memo";

export interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  /** "decimal" for numbers (parsed with parseNumber), "date" for calendar dates, "text" otherwise. */
  kind?: "text" | "decimal" | "date";
  maxLength?: number;
  wide?: boolean;
  /** Id of a <datalist> of suggestions. */
  list?: string;
  hint?: ComponentChildren;
}

/** A labelled input that shows, and points to, the message when its value was refused. Re-renders only when a prop changes. */
export const Field = memo(function Field({
  id,
  label,
  value,
  onInput,
  error,
  kind = "text",
  maxLength,
  wide = false,
  list,
  hint,
}: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div class={wide ? "field field--wide" : "field"}>
      <label for={id}>{label}</label>
      {hint && (
        <span id={hintId} class="field-hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        type={kind === "date" ? "date" : "text"}
        inputMode={kind === "decimal" ? "decimal" : undefined}
        min={kind === "date" ? FIRST_DATE : undefined}
        max={kind === "date" ? LAST_DATE : undefined}
        maxLength={maxLength}
        list={list}
        autoComplete="off"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
});

interface SelectProps<T extends string> {
  id: string;
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string | undefined;
}

/** A labelled select, with a refusal message like Field's. */
export function SelectField<T extends string>({ id, label, value, options, onChange, error }: SelectProps<T>) {
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => onChange(e.currentTarget.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** Focuses the first field marked invalid inside `form`, after the render that marked it. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}
