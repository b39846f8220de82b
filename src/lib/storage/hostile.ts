/** Keys that could reach an object's prototype if some code ever copied them blindly. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** C0 controls other than tab, line feed and carriage return, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex
const LINE_BREAKS_OF_OFFICE = /[\u000B\u000C]/g;
const MAX_DEPTH = 32;

/** Whether `text` holds a control character (search, unlike test, ignores the global pattern's last index). */
const hasControlCharacters = (text: string) => text.search(CONTROL_CHARACTERS) !== -1;

/**
 * `text` without the control characters a stored record may not hold (loading refuses them). A vertical tab or form
 * feed, which Word and PowerPoint put on the clipboard for a line break, becomes a space; the others go.
 */
export function withoutControlCharacters(text: string): string {
  if (!hasControlCharacters(text)) return text;
  return text.replace(LINE_BREAKS_OF_OFFICE, " ").replace(CONTROL_CHARACTERS, "");
}

/** `value` with every text in it passed through withoutControlCharacters; `value` itself where none holds one. */
export function withoutControlCharactersDeep<T>(value: T): T {
  return holdsControlCharacters(value) ? clean(value) : value;
}

/** The check alone, allocating nothing: a save runs it over the whole record. */
function holdsControlCharacters(value: unknown): boolean {
  if (typeof value === "string") return hasControlCharacters(value);
  if (typeof value !== "object" || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsControlCharacters);
  for (const key in value) if (holdsControlCharacters((value as Record<string, unknown>)[key])) return true;
  return false;
}

function clean<T>(value: T): T {
  if (typeof value === "string") return withoutControlCharacters(value) as T;
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(clean) as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, clean(item)])) as T;
}

/**
 * Describes the first thing in parsed JSON that no honest export contains:
 * prototype keys, control characters, or nesting deeper than any tool writes.
 * Returns null when there is nothing of the kind. HTML in strings is not hostile:
 * every tool shows text as text.
 */
export function findHostileContent(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return "it is nested deeper than any export of this guide";
  if (typeof value === "string") {
    return hasControlCharacters(value) ? "a text holds invisible control characters, which this guide never writes" : null;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findHostileContent(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `it holds a field named "${key}", which this guide never writes`;
      if (hasControlCharacters(key)) return "a field name holds invisible control characters, which this guide never writes";
      const found = findHostileContent(item, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
