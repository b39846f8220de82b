import type { HistoryState } from "~/lib/storage/history";

interface Props {
  history: HistoryState;
  /** What the last Undo or Redo did, announced to screen readers. */
  message: string;
  onUndo: () => void;
  onRedo: () => void;
}

/** Undo and Redo for every change the reader made in this visit, with what each would take back. */
export function HistoryBar({ history, message, onUndo, onRedo }: Props) {
  return (
    <div class="history-bar" role="group" aria-label="Undo and redo">
      <button type="button" onClick={onUndo} disabled={!history.undo} aria-keyshortcuts="Control+Z Meta+Z">
        Undo
      </button>
      <button type="button" onClick={onRedo} disabled={!history.redo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">
        Redo
      </button>
      <span class="history-bar__next">{history.undo ? `Last change: ${history.undo}` : ""}</span>
      <span role="status" class="history-bar__status">
        {message}
      </span>
    </div>
  );
}
