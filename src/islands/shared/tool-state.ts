import { type ReadonlySignal, batch, signal } from "@preact/signals";
import { useEffect } from "preact/hooks";
import { NO_HISTORY, type HistoryState } from "~/lib/storage/history";
import { liveStore } from "~/lib/storage/live-stores";
import type { Recovery, SaveStatus, StoreSnapshot, ToolStore } from "~/lib/storage/store";
import type { ToolDefinition } from "~/lib/storage/tool";

/**
 * A tool's saved state as signals, one object per tool and page, shared by every island that shows part of it.
 * Components re-render on exactly the signals they read; derive narrower ones with `computed` (see `select.ts`), next
 * to the state at module level: `const goals = toolState(goalsTool); const goalIds = computedIds(() => ...)`.
 */
export interface ToolState<T> {
  readonly tool: ToolDefinition<T>;
  readonly data: ReadonlySignal<T>;
  readonly save: ReadonlySignal<SaveStatus>;
  readonly recovery: ReadonlySignal<Recovery | null>;
  readonly history: ReadonlySignal<HistoryState>;
  /** False on the server and until the saved data has been read in the browser. */
  readonly ready: ReadonlySignal<boolean>;
  /** The reader's edit: undoable, saved after the debounce (see ToolStore.apply). */
  apply(label: string, edit: (data: T) => T, coalesce?: string): void;
  /** Takes back the last edit; returns its label, or null when there was none. */
  undo(): string | null;
  redo(): string | null;
  resolveConflict(keep: "theirs" | "mine"): void;
  dismissRecovery(): void;
  setEditing(editing: boolean): void;
  /** Reads the saved data and follows the store from then on; browser only, after mount. Idempotent. */
  connect(): void;
}

interface ResettableState<T> extends ToolState<T> {
  /** Back to the state before connect(), for tests. */
  reset(): void;
}

const states = new Map<string, ResettableState<unknown>>();

function createState<T>(tool: ToolDefinition<T>): ResettableState<T> {
  const data = signal<T>(tool.empty());
  const save = signal<SaveStatus>({ kind: "idle" });
  const recovery = signal<Recovery | null>(null);
  const history = signal<HistoryState>(NO_HISTORY);
  const ready = signal(false);
  let store: ToolStore<T> | null = null;
  const show = (snapshot: StoreSnapshot<T>) =>
    batch(() => {
      data.value = snapshot.data;
      save.value = snapshot.save;
      recovery.value = snapshot.recovery;
      history.value = snapshot.history;
    });
  let unsubscribe = () => {};
  const connected = (): ToolStore<T> => {
    if (store) return store;
    const live = liveStore(tool);
    store = live;
    unsubscribe = live.subscribe(show);
    batch(() => {
      show(live.get());
      ready.value = true;
    });
    return live;
  };
  return {
    tool,
    data,
    save,
    recovery,
    history,
    ready,
    apply: (label, edit, coalesce) => connected().apply(label, edit, coalesce ?? null),
    undo: () => connected().undo(),
    redo: () => connected().redo(),
    resolveConflict: (keep) => connected().resolveConflict(keep),
    dismissRecovery: () => connected().dismissRecovery(),
    setEditing: (editing) => connected().setEditing(editing),
    connect: () => void connected(),
    reset: () => {
      unsubscribe();
      store = null;
      batch(() => {
        show({ data: tool.empty(), save: { kind: "idle" }, recovery: null, history: NO_HISTORY });
        ready.value = false;
      });
    },
  };
}

/** The page's one state object for `tool`; safe to call while rendering (it touches no storage). */
export function toolState<T>(tool: ToolDefinition<T>): ToolState<T> {
  let state = states.get(tool.id) as ResettableState<T> | undefined;
  if (!state) {
    state = createState(tool);
    states.set(tool.id, state as ResettableState<unknown>);
  }
  return state;
}

/** `toolState(tool)`, connected to storage once the island has mounted. */
export function useTool<T>(tool: ToolDefinition<T>): ToolState<T> {
  const state = toolState(tool);
  useEffect(() => state.connect(), [state]);
  return state;
}

/**
 * Puts every state object back as before it connected; tests call it (with forgetLiveStores) so each starts from what
 * storage holds. The objects themselves stay, as islands hold them and their derived signals at module level.
 */
export function resetToolStates(): void {
  for (const state of states.values()) state.reset();
}
