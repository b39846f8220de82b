/** One step the reader can take back: the data before it and what it was called. */
interface Entry<T> {
  readonly label: string;
  readonly data: T;
  /** Edits with the same key in quick succession (typing in one field) are one step. */
  readonly key: string | null;
  readonly at: number;
}

/** What Undo and Redo would do now, named for the reader ("Add risk"), or null when there is nothing. */
export interface HistoryState {
  readonly undo: string | null;
  readonly redo: string | null;
}

export const NO_HISTORY: HistoryState = { undo: null, redo: null };

/** Most steps kept; older ones are forgotten first. */
export const HISTORY_LIMIT = 100;
/** Edits with one key closer together than this are one step. */
export const COALESCE_MS = 1500;

/**
 * Undo and redo stacks of whole data snapshots. Edits are immutable, so a snapshot shares every part the edit left
 * alone and costs only what changed.
 */
export class History<T> {
  private past: Entry<T>[] = [];
  private future: Entry<T>[] = [];

  /** Records that `before` became something else through the step `label`. */
  record(before: T, label: string, key: string | null, at: number): void {
    const last = this.past.at(-1);
    this.future = [];
    if (key !== null && last && last.key === key && at - last.at < COALESCE_MS) {
      this.past[this.past.length - 1] = { ...last, at };
      return;
    }
    this.past.push({ label, data: before, key, at });
    if (this.past.length > HISTORY_LIMIT) this.past.shift();
  }

  /** The data to go back to from `current`, or null when there is none. */
  undo(current: T): T | null {
    const entry = this.past.pop();
    if (!entry) return null;
    this.future.push({ ...entry, data: current, key: null });
    return entry.data;
  }

  /** The data to go forward to from `current`, or null when there is none. */
  redo(current: T): T | null {
    const entry = this.future.pop();
    if (!entry) return null;
    this.past.push({ ...entry, data: current, key: null });
    return entry.data;
  }

  /** Forgets every step, when the data is replaced from elsewhere (another tab). */
  clear(): void {
    this.past = [];
    this.future = [];
  }

  state(): HistoryState {
    return { undo: this.past.at(-1)?.label ?? null, redo: this.future.at(-1)?.label ?? null };
  }
}
