import { rowsGainLink } from "../organizations/name-links";
import type { Migration } from "../storage/tool";

/**
 * Version 1 → 2: a KPI's responsible partner may be one of step 2's organizations. Every KPI keeps its responsible
 * partner as written and gains `responsibleOrganizationId: null`; the tool links it by name when it next opens with
 * step 2's list readable.
 */
export const responsibleBecomeOrganizations: Migration = rowsGainLink("kpis", "responsibleOrganizationId");

/** Append-only: `KPIS_MIGRATIONS[n]` turns version n + 1 into n + 2. Never edit or remove a step. */
export const KPIS_MIGRATIONS: readonly Migration[] = [responsibleBecomeOrganizations];
