import { BACKUP_PREFIX, backupKey } from "./keys";
import { type KeyValueStore, type StorageOutcome, keysWithPrefix, readItem, writeItem } from "./safe-storage";

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
