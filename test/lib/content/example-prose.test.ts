import { describe, expect, it } from "vitest";
import { readGuidePages } from "./prose";

/**
 * The worked example's figures live in one place, src/lib/example/: the pages print them with `{…}` expressions.
 * So in the example's sections no dollar amount, percentage or calendar date may be typed by hand; one typed in
 * would be a figure that can drift from the fact sheet and from what the tools' "Load example" shows.
 */

/** Sections that tell the example: the worked example itself and any section named after the partnership. */
function exampleSections(body: string): string {
  const parts = body.split(/^(?=## )/m);
  return parts.filter((part) => /^## (Worked example|.*Riverside Fresh Start)/.test(part)).join("\n");
}

/** Text outside `{…}` expressions. */
const literal = (text: string) => text.replace(/\{[^{}]*\}/g, "");

const FIGURE = [
  /\$\s?\d/,
  /\d\s?%/,
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/,
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\b/,
  /\b20\d\d\b/,
];

const pages = readGuidePages();

describe.each(pages.map((page) => [page.slug, page] as const))("%s", (slug, page) => {
  const example = exampleSections(page.body);

  it("has a worked example that imports its figures from the fact sheet", () => {
    expect(example).toContain("Riverside Fresh Start");
    expect(page.body).toMatch(/^import \{[^}]+\} from "~\/lib\/example\/[a-z-]+";$/m);
  });

  it("types no dollar amount, percentage, date or year by hand in the example", () => {
    const found = FIGURE.flatMap((pattern) => {
      const match = literal(example).match(new RegExp(pattern, "g"));
      return match ?? [];
    });
    expect(found, slug).toEqual([]);
  });
});
