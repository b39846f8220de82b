import type { ReadonlySignal } from "@preact/signals";
import type { HistoryState } from "~/lib/storage/history";

/** What the last Undo or Redo did, and the history state it left: shown until the history moves on. */
export interface Said {
  text: string;
  at: HistoryState;
}

interface Props {
  /** Read here, so that a change re-renders this bar and not the tool around it. */
  history: ReadonlySignal<HistoryState>;
  said: Said | null;
  onUndo: () => void;
  onRedo: () => void;
}

/**
 * Undo and Redo for every change the reader made in this visit, and one line beside them: what the last Undo or Redo
 * did, else what Undo would take back. The line keeps its height and ellipsis, so nothing below it moves.
 */
export function HistoryBar({ history: historySignal, said, onUndo, onRedo }: Props) {
  const history = historySignal.value;
  // The next change replaces the history state, and with it the message.
  const message = said?.at === history ? said.text : "";
  const line = message || (history.undo ? `Last change: ${history.undo}` : "");
  return (
    <div class="history-bar" role="group" aria-label="Undo and redo">
      {/* aria-disabled, not disabled: a button that turns disabled while it has the focus drops the focus to the page's
          body, where the reader's next Undo shortcut reaches no tool. Pressed with nothing to take back, it says so. */}
      <button type="button" onClick={onUndo} aria-disabled={history.undo ? undefined : true} aria-keyshortcuts="Control+Z Meta+Z">
        Undo
      </button>
      <button
        type="button"
        onClick={onRedo}
        aria-disabled={history.redo ? undefined : true}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
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
