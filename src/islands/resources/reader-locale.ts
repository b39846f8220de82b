/** The reader's language for reading typed numbers; call only in handlers and effects, never while rendering. */
export function readerLocale(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language || undefined;
}
