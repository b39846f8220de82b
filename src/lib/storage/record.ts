import * as v from "valibot";

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

/** The versioned envelope around each tool's data, in storage and in exports. */
export const RecordSchema = v.object({
  /** Always APP_ID. */
  app: v.literal(APP_ID),
  /** The tool's id; must match the key it is stored under. */
  tool: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}$/)),
  /** Format version of `data`, from 1. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Milliseconds since the epoch when this tab saved it; later wins across tabs. */
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The tool's own data, checked by the tool's schema after migration. */
  data: v.unknown(),
});

export type StoredRecord = v.InferOutput<typeof RecordSchema>;
