import { describe, expect, it } from "vitest";
import { pageOf, rowsPerPage } from "~/lib/paging";

describe("pageOf", () => {
  it.each([
    ["no rows", 0, 0, { start: 0, end: 0, page: 0, pages: 1 }],
    ["fewer rows than a page", 8, 0, { start: 0, end: 8, page: 0, pages: 1 }],
    ["the first of eight pages", 200, 0, { start: 0, end: 25, page: 0, pages: 8 }],
    ["a middle page", 200, 3, { start: 75, end: 100, page: 3, pages: 8 }],
    ["a last page partly full", 201, 8, { start: 200, end: 201, page: 8, pages: 9 }],
    ["a page past the end, after deletions", 30, 5, { start: 25, end: 30, page: 1, pages: 2 }],
    ["a negative page", 30, -1, { start: 0, end: 25, page: 0, pages: 2 }],
  ])("%s", (_case, count, page, expected) => {
    expect(pageOf(count, page)).toEqual(expected);
  });
});

describe("rowsPerPage", () => {
  it("keeps the most rows while they are narrow, fewer as they widen, and always one", () => {
    expect([0, 1, 15, 16, 20, 30, 301, 10_000].map((columns) => rowsPerPage(columns, 20, 300))).toEqual([20, 20, 20, 18, 15, 10, 1, 1]);
  });

  it("never puts more cells on a page than it holds, while a row fits", () => {
    for (let columns = 1; columns <= 300; columns++) {
      const rows = rowsPerPage(columns, 20, 300);
      expect(rows * columns, `${columns} columns`).toBeLessThanOrEqual(300);
      expect((rows + 1) * columns > 300 || rows === 20, `${columns} columns: a page could hold another row`).toBe(true);
    }
  });
});
