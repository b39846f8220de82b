import { type ReadonlySignal, computed } from "@preact/signals";

/** True when both lists hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}

/**
 * A computed list that keeps its identity while its items are the same, so readers of it (a list of rows) re-render
 * only when the list itself changes, not on every edit of the data it comes from.
 */
export function computedList<T>(read: () => readonly T[]): ReadonlySignal<readonly T[]> {
  let last: readonly T[] = [];
  return computed(() => {
    const next = read();
    if (!sameItems(last, next)) last = next;
    return last;
  });
}

/** The ids of `items`, as a computed list: a row list that reads it re-renders on add, delete and reorder only. */
export function computedIds<T extends { id: string }>(items: () => readonly T[]): ReadonlySignal<readonly string[]> {
  return computedList(() => items().map((item) => item.id));
}

/** Items by id, recomputed once per change of the list, for rows that each read their own. */
export function computedById<T extends { id: string }>(items: () => readonly T[]): ReadonlySignal<ReadonlyMap<string, T>> {
  return computed(() => new Map(items().map((item) => [item.id, item])));
}
