/**
 * A copy of `list` with `item` put back at `index`, as undo does for a deleted entry; at the end when the list has grown
 * shorter than `index` since.
 */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = [...list];
  copy.splice(Math.min(index, copy.length), 0, item);
  return copy;
}

/** The non-blank lines of a text, each trimmed: a list typed one item per line, or paragraphs. */
export function textLines(text: string | undefined): string[] {
  return (text ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}
