// Never meaningful in a name and easy to paste unseen: zero-width space, word joiner, byte-order mark, soft hyphen,
// Mongolian vowel separator, and the bidirectional controls that can make a name read differently from its letters.
const HIDDEN = /[\u200B\u2060\uFEFF\u00AD\u180E\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Every format character, joiners included: joiners shape letters in some scripts (ZWNJ in Persian, ZWJ in emoji), so a
// stored name keeps them, but two names that differ only by one are the same name.
const FORMAT = /\p{Cf}/gu;

/** A name as it is stored and shown: hidden characters removed, runs of white space made one space, trimmed. */
export function tidyName(name: string): string {
  return name.replace(HIDDEN, "").replace(/\s+/g, " ").trim();
}

/**
 * The form in which two names are the same name, never shown to readers: Unicode NFKC (so "ﬁ" is "fi" and a full-width
 * "Ａ" is "A"), format characters removed, runs of spaces made one, trimmed, and case folded ("Straße" and "STRASSE"
 * match). Every place that matches a name to a name (partners, organizations, rounds, owners, stakeholders) compares
 * these keys.
 */
export function nameKey(name: string): string {
  const tidy = tidyName(name.normalize("NFKC").replace(FORMAT, ""));
  return tidy.toUpperCase().toLowerCase().normalize("NFKC");
}
