/** Rows shown at once in a long table; the rest are a page away. */
export const PAGE_SIZE = 25;

/** One page of a list of `count` rows: rows `start` (inclusive) to `end` (exclusive), page `page` of `pages`. */
export interface Page {
  start: number;
  end: number;
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
}

/** The rows of page `page` of a list of `count` rows; a page past the end shows the last page. */
export function pageOf(count: number, page: number, size = PAGE_SIZE): Page {
  const pages = Math.max(1, Math.ceil(count / size));
  const clamped = Math.min(Math.max(0, page), pages - 1);
  const start = clamped * size;
  return { start, end: Math.min(count, start + size), page: clamped, pages };
}

/**
 * Rows on one page of a table with `columns` columns: `maxRows` while the rows are short, fewer as they widen, so that a
 * page never holds more than `maxCells` cells (and always holds one row).
 */
export function rowsPerPage(columns: number, maxRows: number, maxCells: number): number {
  return Math.max(1, Math.min(maxRows, Math.floor(maxCells / Math.max(1, columns))));
}
