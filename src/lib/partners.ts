import { storageKey } from "./storage/keys";
import { type KeyValueStore, readItem } from "./storage/safe-storage";

/** The id of the tool that owns the list of partner organizations (step 7's costing tool). */
export const PARTNERS_TOOL_ID = "resources";

/**
 * Names of the partner organizations the reader has entered in the costing tool, for other tools to offer
 * as owners. Reads `data.partners[].name` from the stored record and tolerates anything else: never throws.
 */
export function storedPartnerNames(storage: KeyValueStore | null): string[] {
  const read = readItem(storage, storageKey(PARTNERS_TOOL_ID));
  if (!read.ok || read.value === null) return [];
  try {
    const partners = (JSON.parse(read.value) as { data?: { partners?: unknown } }).data?.partners;
    if (!Array.isArray(partners)) return [];
    const names = partners.map((p) => (typeof p?.name === "string" ? p.name.trim() : "")).filter((n) => n.length > 0 && n.length <= 120);
    return [...new Set(names)];
  } catch {
    return [];
  }
}
