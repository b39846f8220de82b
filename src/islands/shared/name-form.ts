import { useRef, useState } from "preact/hooks";
import { tidyName } from "~/lib/names";
import { useFocusFirstError } from "./fields";

/**
 * A form that adds one named item (a task, a person, a member): the name stays in its field until it is added; a name
 * refused by `problem` is said at the field, which takes the focus; an added name is tidied, and the field is emptied
 * and focused for the next one.
 */
export function useNameForm(problem: (name: string) => string | null, add: (name: string) => void) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const field = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const submit = (event: Event) => {
    event.preventDefault();
    const found = problem(name);
    setError(found);
    if (found) return focusError();
    add(tidyName(name));
    setName("");
    field.current?.focus();
  };
  return { form, submit, field: { value: name, error, inputRef: field, onValue: setName } };
}
