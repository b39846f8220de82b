import type { HistoryState } from "~/lib/storage/history";

interface Props {
  history: HistoryState;
  /** What the last Undo or Redo did, announced to screen readers. */
  message: string;
  onUndo: () => void;
  onRedo: () => void;
}

/**
 * Undo and Redo for every change the reader made in this visit, and one line beside them: what the last Undo or Redo
 * did, else what Undo would take back. The line keeps its height and ellipsis, so nothing below it moves.
 */
export function HistoryBar({ history, message, onUndo, onRedo }: Props) {
  const line = message || (history.undo ? `Last change: ${history.undo}` : "");
  return (
    <div class="history-bar" role="group" aria-label="Undo and redo">
      <button type="button" onClick={onUndo} disabled={!history.undo} aria-keyshortcuts="Control+Z Meta+Z">
        Undo
      </button>
      <button type="button" onClick={onRedo} disabled={!history.redo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">
        Redo
      </button>
      <span class="history-bar__line" aria-hidden="true">
        {line}
      </span>
      <span role="status" class="visually-hidden">
        {message}
      </span>
    </div>
  );
}
