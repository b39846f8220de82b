import * as v from "valibot";
import { APP_ID } from "./keys";

// The key helpers live in keys.ts so that pages without a tool can use them without valibot.
export { APP_ID, BACKUP_PREFIX, KEY_PREFIX, backupKey, storageKey } from "./keys";

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
