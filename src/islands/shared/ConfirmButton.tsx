import { useLayoutEffect, useRef, useState } from "preact/hooks";

interface Props {
  /** Text of the button that starts the action, e.g. "Clear". */
  label: string;
  /** The question asked before acting, e.g. "Delete all risks?". */
  question: string;
  /** Text of the button that confirms. */
  confirmLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  /**
   * Whether to ask first (the default). A button that asks only sometimes ("Load example" once there is data to
   * replace) stays this one element either way, so the focus stays on it when the answer changes.
   */
  ask?: boolean;
}

/** A button that asks in the page, not in a blocking dialog, before a destructive action. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled = false, ask = true }: Props) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  // Before the frame is painted: the button that had the focus has just left the page, and the focus goes straight to
  // its successor instead of passing through the page's body.
  useLayoutEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      // aria-disabled, not disabled: a button that turns disabled while it has the focus (Clear, once it has cleared)
      // would drop the focus to the page's body.
      <button
        type="button"
        ref={startRef}
        aria-disabled={disabled ? true : undefined}
        onClick={() => {
          if (disabled) return;
          if (ask) setAsking(true);
          else onConfirm();
        }}
      >
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
