/**
 * A copy of `list` with `item` put back at `index`, as undo does for a deleted entry; at the end when the list has grown
 * shorter than `index` since.
 */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = [...list];
  copy.splice(Math.min(index, copy.length), 0, item);
  return copy;
}
