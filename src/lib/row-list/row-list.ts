import * as v from "valibot";

/**
 * Edits of a list of rows addressed by id, never by position. Each returns the very same list when nothing changes,
 * so a caller can tell a no-op by identity and a store can skip recording it.
 */

/** Anything stored as a row with a stable id. */
export interface Row {
  readonly id: string;
}

/** Whether a row may be stored, usually its schema's verdict; rows refused leave the list as it was. */
export type Accept<T> = (row: T) => boolean;

const always = () => true;

/** Accepts what `schema` accepts: the same verdict as loading or importing the row. */
export const acceptedBy =
  (schema: v.GenericSchema) =>
  (row: unknown): boolean =>
    v.is(schema, row);

/** The list with `row` appended; the same list when it already holds `max` rows, a row with that id, or `accept` refuses it. */
export function appendRow<T extends Row>(list: T[], row: T, max: number, accept: Accept<T> = always): T[] {
  if (list.length >= max || list.some((r) => r.id === row.id) || !accept(row)) return list;
  return [...list, row];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, i) => Object.is(item, b[i]));
}

/**
 * The list with the row `id` changed by `patch`; the same list when there is no such row, no field changes, or `accept`
 * refuses the changed row.
 */
export function updateRow<T extends Row>(list: T[], id: string, patch: Partial<Omit<T, "id">>, accept: Accept<T> = always): T[] {
  const index = list.findIndex((r) => r.id === id);
  if (index === -1) return list;
  const row = list[index] as T;
  const changed = (Object.keys(patch) as (keyof typeof patch)[]).some((key) => !sameValue(row[key as keyof T], patch[key]));
  const next = { ...row, ...patch };
  if (!changed || !accept(next)) return list;
  const copy = [...list];
  copy[index] = next;
  return copy;
}

/** The list without the row `id`; the same list when there is no such row. */
export function removeRow<T extends Row>(list: T[], id: string): T[] {
  return list.some((r) => r.id === id) ? list.filter((r) => r.id !== id) : list;
}

/**
 * The list with the row `id` moved `by` places (negative: towards the start), stopping at either end;
 * the same list when there is no such row or it cannot move.
 */
export function moveRow<T extends Row>(list: T[], id: string, by: number): T[] {
  const from = list.findIndex((r) => r.id === id);
  if (from === -1 || !Number.isInteger(by)) return list;
  const to = Math.min(Math.max(from + by, 0), list.length - 1);
  if (to === from) return list;
  const copy = [...list];
  const [row] = copy.splice(from, 1);
  copy.splice(to, 0, row as T);
  return copy;
}

/** The first id held by more than one row, or null when every id is unique. */
export function firstDuplicateId(list: readonly Row[]): string | null {
  const seen = new Set<string>();
  for (const { id } of list) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}
