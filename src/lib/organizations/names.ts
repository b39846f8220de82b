/**
 * How every tool writes and compares the names readers type: organizations, criteria, tasks, people.
 * Extends the idea of the health check's `partnerKey` (trim, collapse spaces, lower case) with Unicode
 * normalization and invisible characters, so "Greenleaf Grocers" and "ＧＲＥＥＮＬＥＡＦ\u200b grocers" are one name.
 */

import { nameKey, tidyName } from "../names";

export { nameKey, tidyName };

/** Whether two names are the same name to a reader. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/** The first item whose name matches `name`, leaving out the item with id `exceptId` (the one being renamed). */
export function findByName<T extends { id: string; name: string }>(items: readonly T[], name: string, exceptId?: string): T | undefined {
  const key = nameKey(name);
  return items.find((item) => item.id !== exceptId && nameKey(item.name) === key);
}

/** Whether no two items share a name; schemas use it so imported data passes the same check as the forms. */
export function namesAreUnique(items: readonly { name: string }[]): boolean {
  return new Set(items.map((item) => nameKey(item.name))).size === items.length;
}

/** What a name field refuses, and how to say it. */
export interface NameRule {
  /** What the name names, for messages: "organization", "criterion". */
  noun: string;
  /** The most characters a name keeps. */
  max: number;
  /** The most items the list holds, and what the list is called: "The list holds at most 30 organizations". */
  limit: { count: number; plural: string };
}

/**
 * Why `name` cannot be given to a new item (no `exceptId`) or to the item `exceptId`, in plain words; null when it can.
 * The limit is only checked for a new item.
 */
export function nameProblem(
  name: string,
  items: readonly { id: string; name: string }[],
  rule: NameRule,
  exceptId?: string,
): string | null {
  const tidy = tidyName(name);
  if (tidy === "") return `Write the name of the ${rule.noun}.`;
  if (tidy.length > rule.max) return `Keep the name to ${rule.max} characters or fewer.`;
  const twin = findByName(items, tidy, exceptId);
  if (twin) return `“${twin.name}” is already in the list.`;
  if (exceptId === undefined && items.length >= rule.limit.count) {
    return `The list holds at most ${rule.limit.count} ${rule.limit.plural}; remove one before adding another.`;
  }
  return null;
}
