import type { Migration } from "../storage/tool";

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Version 1 → 2: the worksheet gains the partnership's working name, "" (not named yet), so every goal and the
 * organization load as they were. Data of any other shape is returned as it is, for the schema to refuse; running it
 * twice changes nothing.
 */
export const partnershipNameAdded: Migration = (data) => (isRecord(data) ? { partnershipName: "", ...data } : data);

/**
 * Version 2 → 3: the worksheet gains the two lists step 1 asks for beside the goals, what the organization can offer
 * and its non-negotiables, both "" (not written yet). Other shapes are returned as they are; idempotent.
 */
export const offersAndNonNegotiablesAdded: Migration = (data) => (isRecord(data) ? { offers: "", nonNegotiables: "", ...data } : data);

/** Append-only: `GOALS_MIGRATIONS[n]` turns version n + 1 into n + 2. Never edit or remove a step. */
export const GOALS_MIGRATIONS: readonly Migration[] = [partnershipNameAdded, offersAndNonNegotiablesAdded];
