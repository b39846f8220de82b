import { nameKey } from "./names";
import { storageKey } from "./storage/keys";
import { type KeyValueStore, readItem } from "./storage/safe-storage";

/** The ids of the tools that hold partner organizations: step 2's list first, then step 7's costing tool. */
export const PARTNER_SOURCES = [
  { tool: "organizations", list: "organizations" },
  { tool: "resources", list: "partners" },
] as const;

interface Row {
  name: string;
  id: string | null;
  organizationId: string | null;
}

const textOrNull = (value: unknown) => (typeof value === "string" && value !== "" ? value : null);

/** `data[list][]` of one stored record (name, id, organizationId), tolerating anything else. */
function rowsIn(storage: KeyValueStore | null, tool: string, list: string): Row[] {
  const read = readItem(storage, storageKey(tool));
  if (!read.ok || read.value === null) return [];
  try {
    const rows = (JSON.parse(read.value) as { data?: Record<string, unknown> }).data?.[list];
    if (!Array.isArray(rows)) return [];
    return rows
      .map((p) => ({
        name: typeof p?.name === "string" ? p.name.trim() : "",
        id: textOrNull(p?.id),
        organizationId: textOrNull(p?.organizationId),
      }))
      .filter((p) => p.name.length > 0 && p.name.length <= 120);
  } catch {
    return [];
  }
}

/**
 * Names of the partner organizations the reader has entered, on step 2 (the partnership's organizations) and in the
 * costing tool, for other tools to offer as owners: step 2's spelling first, each name once (compared by `nameKey`).
 * A costing partner linked to an organization still on step 2's list is that organization, under its name there, so
 * its own copy of the name (older until the costing tool next opens) is not offered. Never throws.
 */
export function storedPartnerNames(storage: KeyValueStore | null): string[] {
  const seen = new Set<string>();
  const listed = new Set<string>();
  const names: string[] = [];
  for (const { tool, list } of PARTNER_SOURCES) {
    for (const row of rowsIn(storage, tool, list)) {
      if (tool === "organizations" && row.id !== null) listed.add(row.id);
      if (row.organizationId !== null && listed.has(row.organizationId)) continue;
      const key = nameKey(row.name);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(row.name);
    }
  }
  return names;
}
