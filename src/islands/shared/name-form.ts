import { useRef, useState } from "preact/hooks";
import { useFocusFirstError } from "./fields";

/**
 * A form that adds one named item: the name as typed, the refusal shown at its field, and the submit handler, which
 * asks `problem` first (focusing the field when it refuses), then calls `add` with the name, empties the field and
 * keeps the focus there for the next one.
 */
export function useNameForm(problem: (name: string) => string | null, add: (name: string) => void) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const submit = (event: Event) => {
    event.preventDefault();
    const refusal = problem(name);
    setError(refusal);
    if (refusal) return focusError();
    add(name);
    setName("");
    input.current?.focus();
  };
  return { name, setName, error, form, input, submit };
}
