import { useEffect, useMemo, useState } from "preact/hooks";
import { NO_HISTORY } from "~/lib/storage/history";
import { liveStore } from "~/lib/storage/live-stores";
import type { StoreSnapshot, ToolStore } from "~/lib/storage/store";
import type { ToolDefinition } from "~/lib/storage/tool";

export interface ToolState<T> extends StoreSnapshot<T> {
  /** False until the saved data has been read after mount; the server renders the empty state. */
  readonly ready: boolean;
  /** Changes the data and saves it (debounced). */
  readonly update: (change: (data: T) => T) => void;
  /** The store itself, for the save notice; null until mounted. */
  readonly store: ToolStore<T> | null;
}

/** Persistent state for a tool in one line: `const { data, update } = useToolState(goalsTool)`. */
export function useToolState<T>(tool: ToolDefinition<T>): ToolState<T> {
  const [store, setStore] = useState<ToolStore<T> | null>(null);
  const [snapshot, setSnapshot] = useState<StoreSnapshot<T>>(() => ({
    data: tool.empty(),
    save: { kind: "idle" },
    recovery: null,
    history: NO_HISTORY,
  }));
  useEffect(() => {
    const live = liveStore(tool);
    setStore(live);
    setSnapshot(live.get());
    return live.subscribe(setSnapshot);
  }, [tool]);
  const update = useMemo(
    () => (change: (data: T) => T) => {
      (store ?? liveStore(tool)).update(change);
    },
    [store, tool],
  );
  return { ...snapshot, ready: store !== null, update, store };
}
