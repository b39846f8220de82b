import type { Migration } from "../storage/tool";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Version 1 → 2: the costing tool's partners become step 2's organizations. Each partner keeps its id, name, weight and
 * share (so every contribution still points at it) and gains `organizationId: null`, "not yet on step 2's list"; the
 * tool links it by name, or adds it to the list, when it next opens (partner-links). Data of any other shape is
 * returned as it is, for the schema to refuse; running it twice changes nothing.
 */
export const partnersBecomeOrganizations: Migration = (data) => {
  if (!isRecord(data) || !Array.isArray(data["partners"])) return data;
  const partners = data["partners"].map((p: unknown) => (isRecord(p) ? { organizationId: null, ...p } : p));
  return { ...data, partners };
};

/** Append-only: `RESOURCES_MIGRATIONS[n]` turns version n + 1 into n + 2. Never edit or remove a step. */
export const RESOURCES_MIGRATIONS: readonly Migration[] = [partnersBecomeOrganizations];
