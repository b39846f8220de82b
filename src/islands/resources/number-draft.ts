import { useState } from "preact/hooks";

/** A number field of an add form: its value, whether the reader's text is refused, and the form's message for it. */
export interface NumberDraft {
  /** The value to check on submit: null while the field is empty or its text is refused. */
  readonly value: number | null;
  /** The field's own message shows: the form adds none. */
  readonly refused: boolean;
  /** Sets the value, as the form does after adding. */
  set(value: number | null): void;
  /** The form's message for the field after a submit, or undefined for none. */
  fail(message: string | undefined): void;
  /** Props for the kit's NumberField. */
  readonly field: {
    value: number | null;
    error: string | undefined;
    onValue: (value: number | null) => void;
    onRefuse: () => void;
  };
}

/** State for one NumberField of an add form; typing clears the form's message, as the field then speaks for itself. */
export function useNumberDraft(initial: number | null): NumberDraft {
  const [state, setState] = useState<{ value: number | null; refused: boolean; error: string | undefined }>({
    value: initial,
    refused: false,
    error: undefined,
  });
  return {
    value: state.refused ? null : state.value,
    refused: state.refused,
    set: (value) => setState({ value, refused: false, error: undefined }),
    fail: (error) => setState((s) => ({ ...s, error })),
    field: {
      value: state.value,
      error: state.error,
      onValue: (value) => setState({ value, refused: false, error: undefined }),
      onRefuse: () => setState((s) => ({ ...s, refused: true, error: undefined })),
    },
  };
}
