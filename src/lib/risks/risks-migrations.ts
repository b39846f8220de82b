import { rowsGainLink } from "../organizations/name-links";
import type { Migration } from "../storage/tool";

/**
 * Version 1 → 2: each risk's owner may be one of step 2's organizations. Every risk keeps its owner as written and
 * gains `ownerOrganizationId: null`; the tool links the owner by name when it next opens with step 2's list readable.
 */
export const ownersBecomeOrganizations: Migration = rowsGainLink("risks", "ownerOrganizationId");

/** Append-only: `RISKS_MIGRATIONS[n]` turns version n + 1 into n + 2. Never edit or remove a step. */
export const RISKS_MIGRATIONS: readonly Migration[] = [ownersBecomeOrganizations];
