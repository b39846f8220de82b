import { effect } from "@preact/signals";
import { useEffect } from "preact/hooks";
import type { OrganizationsData } from "~/lib/organizations/organizations-tool";
import { liveStore } from "~/lib/storage/live-stores";
import type { SaveStatus } from "~/lib/storage/store";
import { organizations } from "./organizations";
import type { ToolState } from "./tool-state";

/** Whether the page may write a tool's data on the reader's behalf: it was read, and saving works. */
export function writable(state: Pick<ToolState<unknown>, "ready" | "recovery" | "save">): boolean {
  const blocked: SaveStatus["kind"][] = ["read-only", "conflict", "failed"];
  return state.ready.value && state.recovery.value === null && !blocked.includes(state.save.value.kind);
}

/** Whether step 2's list was read as the reader saved it (not a newer format's or an unreadable record's stand-in). */
function listRead(): boolean {
  return organizations.ready.value && organizations.recovery.value === null && organizations.save.value.kind !== "read-only";
}

/**
 * Keeps the names `state`'s tool holds for step 2's organizations in step with the list for as long as the island is
 * mounted (another tab's renames too): `follow` returns the data with every link followed, the same object when
 * nothing changes. While step 2's list cannot be read, or the tool cannot be written, names stay as they are. The
 * writes are not steps of their own (each follows a rename on step 2, or data saved before); they are saved.
 */
export function useOrganizationLinks<T>(state: ToolState<T>, follow: (data: T, list: OrganizationsData) => T): void {
  useEffect(() => {
    state.connect();
    organizations.connect();
    return effect(() => {
      if (!writable(state) || !listRead()) return;
      const data = state.data.value;
      const next = follow(data, organizations.data.value);
      if (next !== data) liveStore(state.tool).update(() => next);
    });
  }, [state, follow]);
}
