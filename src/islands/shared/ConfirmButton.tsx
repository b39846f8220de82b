import { useEffect, useRef, useState } from "preact/hooks";

interface Props {
  /** Text of the button that starts the action, e.g. "Clear". */
  label: string;
  /** The question asked before acting, e.g. "Delete all risks?". */
  question: string;
  /** Text of the button that confirms. */
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/** A button that asks in the page, not in a blocking dialog, before a destructive action. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled = false }: Props) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" ref={startRef} onClick={() => setAsking(true)} disabled={disabled}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm" role="group" aria-label={question}>
      <span class="confirm__question">{question}</span>{" "}
      <button
        type="button"
        class="button--danger"
        ref={confirmRef}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{" "}
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
