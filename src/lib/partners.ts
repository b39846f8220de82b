import { nameKey } from "./names";
import { storageKey } from "./storage/keys";
import { type KeyValueStore, readItem } from "./storage/safe-storage";

/** The ids of the tools that hold partner organizations: step 2's list first, then step 7's costing tool. */
export const PARTNER_SOURCES = [
  { tool: "organizations", list: "organizations" },
  { tool: "resources", list: "partners" },
] as const;

/** `data[list][].name` of one stored record, tolerating anything else. */
function namesIn(storage: KeyValueStore | null, tool: string, list: string): string[] {
  const read = readItem(storage, storageKey(tool));
  if (!read.ok || read.value === null) return [];
  try {
    const rows = (JSON.parse(read.value) as { data?: Record<string, unknown> }).data?.[list];
    if (!Array.isArray(rows)) return [];
    return rows.map((p) => (typeof p?.name === "string" ? p.name.trim() : "")).filter((n) => n.length > 0 && n.length <= 120);
  } catch {
    return [];
  }
}

/**
 * Names of the partner organizations the reader has entered, on step 2 (the partnership's organizations) and in the
 * costing tool, for other tools to offer as owners: step 2's spelling first, each name once (compared by `nameKey`).
 * Never throws.
 */
export function storedPartnerNames(storage: KeyValueStore | null): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const { tool, list } of PARTNER_SOURCES) {
    for (const name of namesIn(storage, tool, list)) {
      const key = nameKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}
