import { describe, expect, it } from "vitest";
import { pageOf } from "~/lib/paging";

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
