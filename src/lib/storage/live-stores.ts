import { browserStorage } from "./safe-storage";
import { ToolStore } from "./store";
import type { ToolDefinition } from "./tool";

const stores = new Map<string, ToolStore<unknown>>();
let listening = false;

function flushAll(): void {
  for (const store of stores.values()) store.flush();
}

function listen(): void {
  if (listening || typeof window === "undefined") return;
  listening = true;
  window.addEventListener("pagehide", flushAll);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flushAll();
  });
  window.addEventListener("storage", (event) => {
    if (event.key === null) {
      for (const store of stores.values()) store.receive(null);
      return;
    }
    for (const store of stores.values()) if (store.key === event.key) store.receive(event.newValue);
  });
}

/** The page's single store for `tool`, created on first use; only call it in the browser, after mount. */
export function liveStore<T>(tool: ToolDefinition<T>): ToolStore<T> {
  listen();
  let store = stores.get(tool.id) as ToolStore<T> | undefined;
  if (!store) {
    store = new ToolStore(tool, { storage: browserStorage() });
    stores.set(tool.id, store as ToolStore<unknown>);
  }
  return store;
}

/** Drops every store and its pending save; tests call it so each starts from what storage holds. */
export function forgetLiveStores(): void {
  for (const store of stores.values()) store.discard();
  stores.clear();
}
