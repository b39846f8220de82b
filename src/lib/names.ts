/** Format characters show nothing (zero-width spaces and joiners, word joiner, BOM, soft hyphen, direction marks) but make two names differ. */
const INVISIBLE = /\p{Cf}/gu;

/**
 * The form in which two names are the same name: Unicode NFKC (so "ﬁ" is "fi" and a full-width "Ａ" is "A"), invisible
 * characters removed, runs of spaces made one, trimmed, and lower case. Every place that matches a name to a name
 * (partners, rounds, owners) compares these keys.
 */
export function nameKey(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** A name as it should be stored: NFKC, invisible characters removed, spaces collapsed and trimmed (case kept). */
export function tidyName(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}
