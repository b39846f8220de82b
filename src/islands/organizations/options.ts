import { KINDS, STATUSES } from "~/lib/organizations/organizations-tool";

/** The kinds and statuses as select options. */
export const KIND_OPTIONS = KINDS.map((k) => ({ value: k.key, label: k.label }));
export const STATUS_OPTIONS = STATUSES.map((s) => ({ value: s.key, label: s.label }));
