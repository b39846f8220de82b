import type { KeyValueStore } from "~/lib/storage/safe-storage";

/** An error shaped like the one a browser throws, e.g. QuotaExceededError with code 22. */
export function domError(name: string, code: number): Error {
  const error = new Error(name);
  Object.defineProperty(error, "name", { value: name });
  Object.defineProperty(error, "code", { value: code });
  return error;
}

/** In-memory storage that can be told to fail like a browser does. */
export class FakeStorage implements KeyValueStore {
  readonly map = new Map<string, string>();
  /** Thrown by setItem while set. */
  failWrites: Error | null = null;
  /** Thrown by getItem while set. */
  failReads: Error | null = null;
  /** Bytes (UTF-16 code units of keys and values) the storage holds at most, like a browser quota. */
  quota = Number.POSITIVE_INFINITY;

  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failReads) throw this.failReads;
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw this.failWrites;
    const used = [...this.map].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw domError("QuotaExceededError", 22);
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}
