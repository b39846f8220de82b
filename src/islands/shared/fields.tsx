import { type ReadonlySignal } from "@preact/signals";
import { type ComponentChildren, type RefObject, createContext } from "preact";
import { useContext, useEffect, useId, useLayoutEffect, useRef, useState } from "preact/hooks";
import { tidyName } from "~/lib/names";
import { withoutControlCharacters } from "~/lib/storage/hostile";
import { FieldError } from "./FieldError";

/**
 * What the fields of one tool share: whether the tool has started (its saved data read), and where to say that the
 * reader is typing. Provided by ToolFrame; a field outside one behaves as in a started tool.
 */
export interface FieldScope {
  readonly ready: ReadonlySignal<boolean>;
  setEditing(editing: boolean): void;
  /** Says `text` to screen readers through the tool's live region. */
  announce(text: string): void;
}

export const FieldScopeContext = createContext<FieldScope | null>(null);

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** What the reader put in a server-rendered control before the tool started, or null when it is as rendered. */
function typedBeforeStart(el: Control): string | boolean | null {
  if (el instanceof HTMLSelectElement) {
    return Array.from(el.options).some((o) => o.selected !== o.defaultSelected) ? el.value : null;
  }
  if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
    return el.checked !== el.defaultChecked ? el.checked : null;
  }
  return el.value !== el.defaultValue ? el.value : null;
}

/**
 * Connects a control to its tool: until the tool starts, nothing the reader types is lost (what they typed is taken as
 * their edit once it has), and while they type the tool knows not to take another tab's save silently.
 * Returns whether the tool has started.
 */
function useFieldScope<V extends string | boolean>(ref: RefObject<Control>, commit: (value: V) => void): boolean {
  const scope = useContext(FieldScopeContext);
  const ready = scope ? scope.ready.value : true;
  const typed = useRef<string | boolean | null>(null);
  const latestCommit = useRef(commit);
  latestCommit.current = commit;
  // A control first drawn once the tool has started was never there to type into before it.
  const startedAtMount = useRef(ready);
  useLayoutEffect(() => {
    if (ref.current && !startedAtMount.current) typed.current = typedBeforeStart(ref.current);
  }, [ref]);
  // Before the browser paints: the started tool's first render shows the saved value, and this takes the typed text
  // as the reader's edit in the same frame, so it never blinks out.
  useLayoutEffect(() => {
    if (!ready || typed.current === null) return;
    const value = typed.current as V;
    typed.current = null;
    latestCommit.current(value);
  }, [ready]);
  return ready;
}

function useEditing(): { onFocus: () => void; onBlur: () => void; typing: () => void } {
  const scope = useContext(FieldScopeContext);
  const active = useRef(false);
  // A field removed while the reader types in it (an editor closed by Escape) is no longer being typed in.
  useEffect(
    () => () => {
      if (active.current) scope?.setEditing(false);
    },
    [scope],
  );
  return {
    onFocus: () => (active.current = false),
    onBlur: () => {
      if (active.current) scope?.setEditing(false);
      active.current = false;
    },
    typing: () => {
      if (!active.current) scope?.setEditing(true);
      active.current = true;
    },
  };
}

interface Described {
  /** The field's name, shown above it. */
  label: ComponentChildren;
  /** A line of help under the label, read with the field. */
  hint?: ComponentChildren;
  /** Why the value was refused; marks the field invalid and is read with it. */
  error?: string | null | undefined;
  /** Spans the form's width. */
  wide?: boolean;
  /** Hides the label visually (a table cell whose column says what it is); screen readers still read it. */
  hiddenLabel?: boolean;
  id?: string;
  class?: string;
}

/** Ids and ARIA of a field's label, hint and error. */
function useDescribed({ id, hint, error }: Described) {
  const auto = useId();
  const base = id ?? `f${auto}`;
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const describedBy = [hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined;
  return { id: base, hintId, errorId, aria: { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy } };
}

function FieldShell({ props, ids, children }: { props: Described; ids: ReturnType<typeof useDescribed>; children: ComponentChildren }) {
  const classes = ["field", props.wide ? "field--wide" : "", props.class ?? ""].filter(Boolean).join(" ");
  return (
    <div class={classes}>
      <label for={ids.id} class={props.hiddenLabel ? "visually-hidden" : undefined}>
        {props.label}
      </label>
      {props.hint && (
        <span id={ids.hintId} class="field-hint">
          {props.hint}
        </span>
      )}
      {children}
      <FieldError id={ids.errorId} message={props.error} />
    </div>
  );
}

interface TextProps extends Described {
  value: string;
  /** Called on every keystroke with the field's text. */
  onValue: (value: string) => void;
  /** Longest text accepted; read it from the tool's schema (`maxLengthOf`). */
  maxLength?: number | undefined;
  /**
   * The field must not be blank: while it is, this message shows and the saved text stays as it was (a reader clearing
   * a title to retype it loses nothing).
   */
  required?: string;
  /**
   * Refuses text the tool cannot take (a name another row already has): while it returns a message, the message shows,
   * the reader's text stays in the field and the saved text stays as it was.
   */
  check?: (text: string) => string | null;
  /** A text area that grows with its text. */
  multiline?: boolean;
  type?: "text" | "email" | "url" | "tel" | "date";
  inputMode?: "decimal" | "numeric" | "text";
  autoComplete?: string;
  /** Id of a <datalist> of suggestions. */
  list?: string;
  min?: string;
  max?: string;
  inputRef?: RefObject<HTMLInputElement | HTMLTextAreaElement>;
}

/** A labelled text field that saves as the reader types. */
export function TextField(props: TextProps) {
  const { value, maxLength, multiline = false, type = "text", inputMode, autoComplete = "off", list, min, max, required, check } = props;
  // Refused text (blank in a required field, or refused by `check`), the saved text it left in place and why; shown
  // while that is still the saved text.
  const [blank, setBlank] = useState<{ text: string; against: string; message: string | undefined } | null>(null);
  const shownBlank = blank !== null && blank.against === value ? blank : null;
  const error = props.error ?? shownBlank?.message ?? null;
  const ids = useDescribed({ ...props, error });
  const own = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const ref = props.inputRef ?? own;
  // The reader's text while the saved value is that text tidied (a space at the end, a run of spaces, a hidden
  // character taken out): the field keeps what was typed, so "Greenleaf " on the way to "Greenleaf Market" keeps its
  // space. Leaving the field shows the saved value; a change from elsewhere (Undo, another tab) replaces the text.
  const [typed, setTyped] = useState<string | null>(null);
  const keptTyped = typed !== null && typed !== value && tidyName(typed) === tidyName(value) ? typed : null;
  const onValue = (typedText: string) => {
    const text = withoutControlCharacters(typedText);
    const refusal = required && text.trim() === "" ? required : (check?.(text) ?? null);
    if (refusal !== null) return setBlank({ text, against: value, message: refusal });
    setBlank(null);
    setTyped(text);
    props.onValue(text);
  };
  const ready = useFieldScope<string>(ref as RefObject<Control>, onValue);
  const editing = useEditing();
  const shown = shownBlank ? shownBlank.text : (keptTyped ?? value);
  const common = {
    id: ids.id,
    maxLength,
    ...ids.aria,
    onFocus: editing.onFocus,
    onBlur: () => {
      editing.onBlur();
      setTyped(null);
    },
    onInput: (e: Event) => {
      editing.typing();
      onValue((e.currentTarget as HTMLInputElement).value);
    },
  };
  return (
    <FieldShell props={{ ...props, error }} ids={ids}>
      {multiline ? (
        // Hydration resets a text area to its value prop: until the tool starts it is left as the reader typed it.
        <textarea {...common} ref={ref as RefObject<HTMLTextAreaElement>} rows={2} value={ready ? shown : undefined} defaultValue={shown} />
      ) : (
        <input
          {...common}
          ref={ref as RefObject<HTMLInputElement>}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          list={list}
          min={min}
          max={max}
          value={shown}
        />
      )}
    </FieldShell>
  );
}

/** How a number field reads the reader's text. */
export type NumberReading<N> = { ok: true; value: N | null } | { ok: false; message: string };

interface NumberProps<N> extends Described {
  /** The saved value; null when none. */
  value: N | null;
  /** Text for a value, as the field shows it. */
  format: (value: N) => string;
  /** Reads the reader's text: a value, null for an empty field, or why it is refused. */
  read: (text: string) => NumberReading<N>;
  /** Called as the reader types with each value that reads (null when the field is emptied). */
  onValue: (value: N | null) => void;
  /** Called with the message when the reader's text is refused (the saved value stays): a form checks it on submit. */
  onRefuse?: (message: string) => void;
  /** Text after the field, e.g. "%" or "hours". */
  suffix?: string;
  maxLength?: number;
}

/**
 * A text field for a number or an amount of money, saved as the reader types. It keeps the reader's text while it
 * reads as the saved value ("12," on the way to "12,50"), shows why text is refused, and follows the value when it
 * changes elsewhere (undo, another tab).
 */
export function NumberField<N>(props: NumberProps<N>) {
  const { value, format, read, onValue, suffix, maxLength = 24 } = props;
  // The reader's text, and the saved value it was typed against: while that is still the value, the text is shown as
  // typed; once the value changes elsewhere, the field shows the new value.
  const [typed, setTyped] = useState<{ text: string; refusal: string | null; against: N | null } | null>(null);
  const current = typed !== null && Object.is(typed.against, value) ? typed : null;
  const text = current ? current.text : value === null ? "" : format(value);
  const error = props.error ?? current?.refusal ?? null;
  const ids = useDescribed({ ...props, error });
  const ref = useRef<HTMLInputElement>(null);
  const editing = useEditing();
  const take = (entered: string) => {
    const result = read(entered);
    setTyped({ text: entered, refusal: result.ok ? null : result.message, against: result.ok ? result.value : value });
    if (result.ok) onValue(result.value);
    else props.onRefuse?.(result.message);
  };
  useFieldScope<string>(ref, take);
  return (
    <FieldShell props={{ ...props, error }} ids={ids}>
      <span class={suffix ? "field-with-suffix" : undefined}>
        <input
          id={ids.id}
          ref={ref}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          maxLength={maxLength}
          value={text}
          {...ids.aria}
          onFocus={editing.onFocus}
          onBlur={editing.onBlur}
          onInput={(e) => {
            editing.typing();
            take(e.currentTarget.value);
          }}
        />
        {suffix && <span class="field-suffix">{suffix}</span>}
      </span>
    </FieldShell>
  );
}

interface SelectProps<V extends string> extends Described {
  value: V;
  options: readonly { value: V; label: string }[];
  onValue: (value: V) => void;
}

/** A labelled select. */
export function SelectField<V extends string>(props: SelectProps<V>) {
  const { value, options, onValue } = props;
  const ids = useDescribed(props);
  const ref = useRef<HTMLSelectElement>(null);
  useFieldScope<string>(ref, (typed) => onValue(typed as V));
  return (
    <FieldShell props={props} ids={ids}>
      <select id={ids.id} ref={ref} value={value} {...ids.aria} onChange={(e) => onValue(e.currentTarget.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

interface CheckboxProps {
  label: ComponentChildren;
  checked: boolean;
  onValue: (checked: boolean) => void;
  id?: string;
  class?: string;
}

/** A checkbox with its label around it. */
export function Checkbox({ label, checked, onValue, id, class: className = "check" }: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useFieldScope<boolean>(ref, onValue);
  return (
    <label class={className}>
      <input id={id} ref={ref} type="checkbox" checked={checked} onChange={(e) => onValue(e.currentTarget.checked)} />
      {/* One flex item: the label's words wrap as one text beside the box, not each part in a column of its own. */}
      <span>{label}</span>
    </label>
  );
}

interface RadioProps<V extends string> {
  legend: ComponentChildren;
  name: string;
  /** The checked option; null while none is chosen. */
  value: V | null;
  options: readonly { value: V; label: ComponentChildren; hint?: ComponentChildren }[];
  onValue: (value: V) => void;
  class?: string;
}

/** A group of radio buttons under a legend. */
export function RadioGroup<V extends string>({ legend, name, value, options, onValue, class: className }: RadioProps<V>) {
  return (
    <fieldset class={["radio-group", className ?? ""].filter(Boolean).join(" ")}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <Radio key={o.value} name={name} value={o.value} checked={o.value === value} onValue={onValue} hint={o.hint}>
          {o.label}
        </Radio>
      ))}
    </fieldset>
  );
}

function Radio<V extends string>(props: {
  name: string;
  value: V;
  checked: boolean;
  onValue: (v: V) => void;
  /** Read with the option as its description, not as part of its name. */
  hint?: ComponentChildren;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const hintId = `${props.name}-${props.value}-hint`;
  useFieldScope<boolean>(ref, (on) => on && props.onValue(props.value));
  return (
    <>
      <label class="check">
        <input
          ref={ref}
          type="radio"
          name={props.name}
          value={props.value}
          checked={props.checked}
          aria-describedby={props.hint ? hintId : undefined}
          onChange={() => props.onValue(props.value)}
        />
        <span>{props.children}</span>
      </label>
      {props.hint && (
        <span id={hintId} class="field-hint radio-hint">
          {props.hint}
        </span>
      )}
    </>
  );
}

/**
 * For a form that checks its fields on submit: call the returned function after setting the errors, and the first
 * field marked invalid takes the focus once they are shown.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement>): () => void {
  const [request, setRequest] = useState(0);
  const scope = useContext(FieldScopeContext);
  useLayoutEffect(() => {
    if (request === 0) return;
    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return;
    // A field that already has the focus (Enter pressed in it) is not read again when focused: its error is said.
    if (field === document.activeElement) scope?.announce(errorOf(field));
    else field.focus();
  }, [request, form, scope]);
  return () => setRequest((n) => n + 1);
}

/** The text of the error message a field names in its aria-describedby. */
function errorOf(field: HTMLElement): string {
  const ids = (field.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  const error = ids.map((id) => document.getElementById(id)).find((el) => el?.classList.contains("field-error") && !el.hidden);
  return error?.textContent ?? "";
}
