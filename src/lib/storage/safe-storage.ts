/**
 * Guarded access to a key-value store shaped like `localStorage`.
 * Nothing here throws: every failure comes back as a `StorageProblem`.
 */

import { BACKUP_PREFIX, backupKey } from "./keys";

/** Why a storage call failed. */
export type StorageProblem = "unavailable" | "blocked" | "quota" | "unknown";

/** The part of the Web Storage API the app uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

export type StorageOutcome<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/**
 * Names a storage error. Browsers disagree: Chromium and Safari throw
 * QuotaExceededError (code 22), older Firefox NS_ERROR_DOM_QUOTA_REACHED (code 1014);
 * disabled storage throws SecurityError.
 */
export function classifyStorageError(error: unknown): StorageProblem {
  if (typeof error !== "object" || error === null) return "unknown";
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014) {
    return "quota";
  }
  if (name === "SecurityError" || code === 18) return "blocked";
  return "unknown";
}

/** The browser's localStorage, or null where reading the property itself throws or there is none. */
export function browserStorage(): KeyValueStore | null {
  try {
    if (typeof window === "undefined") return null;
    const storage = window.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export function readItem(store: KeyValueStore | null, key: string): StorageOutcome<string | null> {
  if (!store) return { ok: false, problem: "unavailable" };
  try {
    return { ok: true, value: store.getItem(key) };
  } catch (error) {
    return { ok: false, problem: classifyStorageError(error) };
  }
}

export function writeItem(store: KeyValueStore | null, key: string, value: string): StorageOutcome<void> {
  if (!store) return { ok: false, problem: "unavailable" };
  try {
    store.setItem(key, value);
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, problem: classifyStorageError(error) };
  }
}

export function removeItem(store: KeyValueStore | null, key: string): StorageOutcome<void> {
  if (!store) return { ok: false, problem: "unavailable" };
  try {
    store.removeItem(key);
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, problem: classifyStorageError(error) };
  }
}

/** Every key in the store that starts with `prefix`, or an empty list where listing fails. */
export function keysWithPrefix(store: KeyValueStore | null, prefix: string): string[] {
  if (!store) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key !== null && key.startsWith(prefix)) keys.push(key);
    }
    return keys.sort();
  } catch {
    return [];
  }
}

/** A sentence for the reader about a storage problem. */
export function describeProblem(problem: StorageProblem): string {
  switch (problem) {
    case "quota":
      return "your browser's storage for this site is full";
    case "blocked":
      return "your browser blocks this site from storing data (private mode or a privacy setting)";
    case "unavailable":
      return "your browser does not let this page store data (private mode or a privacy setting may block it)";
    default:
      return "your browser refused to store it";
  }
}

/**
 * Copies a stored value that could not be read aside under a backup key, and returns that key. A backup of this tool
 * already holding the very same text is used again: each visit to a page that reads the damaged record would otherwise
 * add one more copy, until storage is full.
 */
export function keepAside(storage: KeyValueStore | null, toolId: string, value: string, now: number): StorageOutcome<string> {
  for (const key of keysWithPrefix(storage, `${BACKUP_PREFIX}${toolId}:`)) {
    const held = readItem(storage, key);
    if (held.ok && held.value === value) return { ok: true, value: key };
  }
  const key = backupKey(toolId, now);
  const written = writeItem(storage, key, value);
  return written.ok ? { ok: true, value: key } : written;
}
