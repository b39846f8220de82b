/** Written into every stored record and export so a file can be recognised as ours. */
export const APP_ID = "pivotpath";
/** Prefix of every key the app writes to localStorage. */
export const KEY_PREFIX = "pivotpath:";
/** Prefix of keys that hold stored values we could not read, kept for the reader. */
export const BACKUP_PREFIX = "pivotpath-backup:";

export function storageKey(toolId: string): string {
  return `${KEY_PREFIX}${toolId}`;
}

export function backupKey(toolId: string, at: number): string {
  return `${BACKUP_PREFIX}${toolId}:${new Date(at).toISOString()}`;
}
