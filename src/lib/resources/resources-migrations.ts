import { rowsGainLink } from "../organizations/name-links";
import type { Migration } from "../storage/tool";

/**
 * Version 1 → 2: the costing tool's partners become step 2's organizations. Each partner keeps its id, name, weight and
 * share (so every contribution still points at it) and gains `organizationId: null`, "not yet on step 2's list"; the
 * tool links it by name, or adds it to the list, when it next opens (partner-links). Data of any other shape is
 * returned as it is, for the schema to refuse; running it twice changes nothing.
 */
export const partnersBecomeOrganizations: Migration = rowsGainLink("partners", "organizationId");

/**
 * Version 2 → 3: the sharing method may be null, "not chosen yet", the state a new costing starts in. Data saved before
 * keeps the method it has (whether the reader chose it cannot be told), so nothing changes; the version moves so that
 * an older page, which cannot read a null method, leaves such a record alone instead of taking it for damaged.
 */
export const methodMayBeUnchosen: Migration = (data) => data;

/** Append-only: `RESOURCES_MIGRATIONS[n]` turns version n + 1 into n + 2. Never edit or remove a step. */
export const RESOURCES_MIGRATIONS: readonly Migration[] = [partnersBecomeOrganizations, methodMayBeUnchosen];
