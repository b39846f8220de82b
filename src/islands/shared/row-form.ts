import { useRef, useState } from "preact/hooks";
import type { FieldErrors, Read } from "~/lib/form-read/form-read";
import { useFocusFirstError } from "./fields";

/**
 * A form that adds one row from several fields: `read` checks them (lib's read functions), refusals are said at their
 * fields and the first takes the focus; an accepted row goes to `add`, which returns the fields to start the next one
 * from, and the first field (`first`, where the form attaches it) takes the focus.
 */
export function useRowForm<F extends object, T>(start: F, read: (fields: F) => Read<T, F>, add: (row: T, fields: F) => F) {
  const [fields, setFields] = useState(start);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const form = useRef<HTMLFormElement>(null);
  const first = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const set =
    <K extends keyof F>(key: K) =>
    (value: F[K]) =>
      setFields((f) => ({ ...f, [key]: value }));
  const submit = (event: Event) => {
    event.preventDefault();
    const result = read(fields);
    if (!result.ok) {
      setErrors(result.errors);
      return focusError();
    }
    setErrors({});
    setFields(add(result.value, fields));
    first.current?.focus();
  };
  return { fields, errors, form, first, set, submit };
}
