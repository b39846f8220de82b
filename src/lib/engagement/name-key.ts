// Format characters (zero-width space, joiners, soft hyphen, direction marks) are invisible but make two names differ.
const INVISIBLE = /\p{Cf}/gu;

/** A name as it is compared: Unicode NFKC, invisible characters removed, spaces collapsed, case ignored. */
export function nameKey(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").trim().replace(/\s+/g, " ").toLowerCase();
}
