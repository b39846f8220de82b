import { decodeStoredText, encodeRecord, savedAtOf } from "./decode";
import { History, type HistoryState, NO_HISTORY } from "./history";
import { storageKey } from "./record";
import { type KeyValueStore, type StorageProblem, keepAside, readItem, writeItem } from "./safe-storage";
import type { ToolDefinition } from "./tool";

/** Where the tool's data stands with respect to storage. */
export type SaveStatus =
  /** Nothing changed since it was loaded. */
  | { kind: "idle" }
  /** A change waits for the debounce. */
  | { kind: "pending" }
  | { kind: "saved"; at: number }
  /** The last save failed; work is kept in memory and saving is retried. */
  | { kind: "failed"; problem: StorageProblem }
  /** Storage holds a newer format than this page reads: it is left untouched. */
  | { kind: "read-only"; message: string }
  /** Another tab saved newer data while this one had unsaved changes. */
  | { kind: "conflict" };

/** A stored value that could not be read, kept aside rather than dropped. */
export interface Recovery {
  message: string;
  /** The value exactly as it was stored. */
  raw: string;
  /** Where a copy was kept, or null where even that could not be written. */
  backupKey: string | null;
}

export interface StoreSnapshot<T> {
  readonly data: T;
  readonly save: SaveStatus;
  readonly recovery: Recovery | null;
  /** What Undo and Redo would take back or bring again. */
  readonly history: HistoryState;
}

export interface StoreOptions {
  storage: KeyValueStore | null;
  now?: () => number;
  /** Delay between the last change and the write. */
  debounceMs?: number;
  /** Delay before a failed save is tried again. */
  retryMs?: number;
}

/** One tool's persistent state: load once, change in memory, save debounced, never lose a change silently. */
export class ToolStore<T> {
  readonly key: string;
  private snapshot: StoreSnapshot<T>;
  private readonly listeners = new Set<(snapshot: StoreSnapshot<T>) => void>();
  private readonly storage: KeyValueStore | null;
  private readonly now: () => number;
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** savedAt of the record this tab last read or wrote; 0 when none. */
  private baseSavedAt = 0;
  /** The text this store last wrote and its savedAt: while storage still holds it, no other tab has saved since. */
  private lastWritten: { text: string; savedAt: number } | null = null;
  private dirty = false;
  /** True while the reader is typing in a field of this tool (from their first keystroke until they leave it). */
  private editing = false;
  private readonly history = new History<T>();

  constructor(
    readonly tool: ToolDefinition<T>,
    options: StoreOptions,
  ) {
    this.key = storageKey(tool.id);
    this.storage = options.storage;
    this.now = options.now ?? Date.now;
    this.debounceMs = options.debounceMs ?? 400;
    this.retryMs = options.retryMs ?? 3000;
    this.snapshot = { data: tool.empty(), save: { kind: "idle" }, recovery: null, history: NO_HISTORY };
    this.load();
  }

  get(): StoreSnapshot<T> {
    return this.snapshot;
  }

  subscribe(listener: (snapshot: StoreSnapshot<T>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The reader's edit, named for what they did ("Add risk"): it can be undone and redone, and is saved after the debounce.
   * Edits sharing `coalesce` (typing in one field) in quick succession are one step. An edit that returns the data it was
   * given changes nothing and records nothing.
   */
  apply(label: string, edit: (data: T) => T, coalesce: string | null = null): void {
    const before = this.snapshot.data;
    const after = edit(before);
    if (after === before) return;
    this.history.record(before, label, coalesce, this.now());
    this.update(() => after);
  }

  /** Takes back the last edit; returns what it was called, or null when there was none. */
  undo(): string | null {
    const label = this.history.state().undo;
    const data = this.history.undo(this.snapshot.data);
    if (data === null) return null;
    this.update(() => data);
    return label;
  }

  /** Brings back the last edit undone; returns what it was called, or null when there was none. */
  redo(): string | null {
    const label = this.history.state().redo;
    const data = this.history.redo(this.snapshot.data);
    if (data === null) return null;
    this.update(() => data);
    return label;
  }

  /**
   * Says the reader is (or no longer is) typing in a field. While they are, another tab's save is not taken silently:
   * the reader is asked which version to keep, as with unsaved edits.
   */
  setEditing(editing: boolean): void {
    this.editing = editing;
  }

  /** Changes the data without recording a step; it is saved after the debounce. */
  update(change: (data: T) => T): void {
    this.dirty = true;
    const keep = this.isBlocked() || this.snapshot.save.kind === "failed";
    const save: SaveStatus = keep ? this.snapshot.save : { kind: "pending" };
    this.set({ data: change(this.snapshot.data), save, history: this.history.state() });
    this.schedule(this.debounceMs);
  }

  /** Writes any pending change now (on pagehide, visibilitychange and before leaving). */
  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.save();
  }

  /** Handles another tab's write to this tool's key (the `storage` event). */
  receive(newValue: string | null): void {
    if (newValue === null) {
      if (!this.dirty && !this.editing) {
        this.baseSavedAt = 0;
        this.history.clear();
        this.set({ data: this.tool.empty(), save: { kind: "idle" }, history: NO_HISTORY });
      }
      return;
    }
    const theirs = savedAtOf(newValue);
    if (theirs !== null && theirs <= this.baseSavedAt) return;
    const decoded = decodeStoredText(this.tool, newValue);
    if (!decoded.ok) {
      if (decoded.reason === "newer") this.set({ save: { kind: "read-only", message: decoded.message } });
      return;
    }
    if (this.dirty || this.editing) {
      this.set({ save: { kind: "conflict" } });
      return;
    }
    this.baseSavedAt = decoded.savedAt;
    this.history.clear();
    this.set({ data: decoded.data, save: { kind: "saved", at: decoded.savedAt }, history: NO_HISTORY });
  }

  /** After a conflict: take the other tab's version, or keep this tab's and save it over the other. */
  resolveConflict(keep: "theirs" | "mine"): void {
    if (keep === "theirs") {
      this.dirty = false;
      this.history.clear();
      this.set({ save: { kind: "idle" }, history: NO_HISTORY });
      this.load();
      return;
    }
    const stored = readItem(this.storage, this.key);
    const theirs = stored.ok ? savedAtOf(stored.value) : null;
    this.baseSavedAt = Math.max(this.baseSavedAt, theirs ?? 0);
    this.dirty = true;
    this.set({ save: { kind: "pending" } });
    this.flush();
  }

  /** Hides the notice about unreadable data; the backup copy stays where it is. */
  dismissRecovery(): void {
    if (this.snapshot.recovery?.backupKey) this.set({ recovery: null });
  }

  /** Drops pending work without saving it (tests, between cases). */
  discard(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
  }

  dispose(): void {
    this.flush();
    if (this.timer !== null) clearTimeout(this.timer);
    this.listeners.clear();
  }

  private load(): void {
    const read = readItem(this.storage, this.key);
    if (!read.ok) {
      this.set({ save: { kind: "failed", problem: read.problem } });
      return;
    }
    if (read.value === null) {
      this.baseSavedAt = 0;
      this.set({ data: this.tool.empty() });
      return;
    }
    const decoded = decodeStoredText(this.tool, read.value);
    if (decoded.ok) {
      this.baseSavedAt = decoded.savedAt;
      this.set({ data: decoded.data });
      return;
    }
    if (decoded.reason === "newer") {
      this.set({ save: { kind: "read-only", message: decoded.message } });
      return;
    }
    // The unreadable value is superseded by this tab's work once it has a backup.
    this.baseSavedAt = savedAtOf(read.value) ?? 0;
    this.set({ data: this.tool.empty(), recovery: { message: decoded.message, raw: read.value, backupKey: null } });
    this.backUp();
  }

  /** Copies an unreadable stored value aside; until that succeeds the original is never overwritten. */
  private backUp(): boolean {
    const recovery = this.snapshot.recovery;
    if (!recovery || recovery.backupKey) return true;
    const kept = keepAside(this.storage, this.tool.id, recovery.raw, this.now());
    if (!kept.ok) {
      this.set({ save: { kind: "failed", problem: kept.problem } });
      return false;
    }
    this.set({ recovery: { ...recovery, backupKey: kept.value } });
    return true;
  }

  private isBlocked(): boolean {
    const kind = this.snapshot.save.kind;
    return kind === "read-only" || kind === "conflict";
  }

  private schedule(delay: number): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.save();
    }, delay);
  }

  private save(): void {
    if (!this.dirty || this.isBlocked()) return;
    if (!this.backUp()) return this.retry();
    const stored = readItem(this.storage, this.key);
    if (stored.ok) {
      // Storage still holding this store's last write (the usual case) is not parsed again, however large it is.
      const last = this.lastWritten;
      const theirs = last !== null && stored.value === last.text ? last.savedAt : savedAtOf(stored.value);
      if (theirs !== null && theirs > this.baseSavedAt) {
        this.set({ save: { kind: "conflict" } });
        return;
      }
    }
    const at = Math.max(this.now(), this.baseSavedAt + 1);
    const encoded = encodeRecord(this.tool, this.snapshot.data, at);
    if (!encoded.ok) {
      this.set({ save: { kind: "failed", problem: "unknown" } });
      return;
    }
    const written = writeItem(this.storage, this.key, encoded.text);
    if (!written.ok) {
      this.set({ save: { kind: "failed", problem: written.problem } });
      return this.retry();
    }
    this.baseSavedAt = at;
    this.lastWritten = { text: encoded.text, savedAt: at };
    this.dirty = false;
    this.set({ save: { kind: "saved", at } });
  }

  private retry(): void {
    const save = this.snapshot.save;
    if (save.kind === "failed" && (save.problem === "quota" || save.problem === "unknown")) {
      this.schedule(this.retryMs);
    }
  }

  private set(change: Partial<StoreSnapshot<T>>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}
