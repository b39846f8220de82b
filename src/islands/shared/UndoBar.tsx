import type { Undoable } from "./use-undo";

interface Props {
  last: Undoable | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A polite status line with an Undo button after a deletion. */
export function UndoBar({ last, onUndo, onDismiss }: Props) {
  return (
    <div role="status" class="undo-bar">
      {last && (
        <>
          <span>{last.message}</span>{" "}
          <button type="button" onClick={onUndo}>
            Undo
          </button>{" "}
          <button type="button" class="button--quiet" onClick={onDismiss} aria-label="Dismiss this message">
            ×
          </button>
        </>
      )}
    </div>
  );
}
