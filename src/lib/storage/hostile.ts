/** Keys that could reach an object's prototype if some code ever copied them blindly. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** C0 controls other than tab, line feed and carriage return, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const MAX_DEPTH = 32;

/**
 * Describes the first thing in parsed JSON that no honest export contains:
 * prototype keys, control characters, or nesting deeper than any tool writes.
 * Returns null when there is nothing of the kind. HTML in strings is not hostile:
 * every tool shows text as text.
 */
export function findHostileContent(value: unknown, depth = 0): string | null {
  if (depth > MAX_DEPTH) return "it is nested deeper than any export of this guide";
  if (typeof value === "string") {
    return CONTROL_CHARACTERS.test(value) ? "a text holds control characters" : null;
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
      if (FORBIDDEN_KEYS.has(key)) return `it holds the forbidden key "${key}"`;
      if (CONTROL_CHARACTERS.test(key)) return "a key holds control characters";
      const found = findHostileContent(item, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
