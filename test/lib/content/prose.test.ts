import readability from "text-readability";
import { describe, expect, it } from "vitest";
import { proseOf, readGuidePages, sentencesOf, wordsOf } from "./prose";

/**
 * Plain language, measured on each page's running prose as `proseOf` extracts it (see there for what is counted):
 * Flesch–Kincaid grade from the text-readability package, sentence length, US conventions, and citations kept in a
 * "Sources and notes" list at the end of the page.
 */

const MAX_GRADE = 9;
const MAX_SENTENCE_WORDS = 35;

/** British spellings and conventions the US setting rules out (checked in the whole source, tables included). */
const BRITISH = [
  /\btowards\b/i,
  /\bneighbour/i,
  /\borganis/i,
  /\brecognis/i,
  /\bcolour/i,
  /\blabelled\b/i,
  /\binstalment/i,
  /\bprogramme/i,
  /\bfavour/i,
  /\bbehaviour/i,
  /\banalys(e|ed|ing)\b/i,
  /\bcentre\b/i,
  /\blicence\b/i,
  /\d %/,
  /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/,
];

const pages = readGuidePages();

describe.each(pages.map((page) => [page.slug, page] as const))("%s", (slug, page) => {
  const prose = proseOf(page.body);

  it(`reads at Flesch–Kincaid grade ${MAX_GRADE} or below`, () => {
    expect(readability.fleschKincaidGrade(prose)).toBeLessThanOrEqual(MAX_GRADE);
  });

  it(`has no sentence over ${MAX_SENTENCE_WORDS} words`, () => {
    const long = sentencesOf(prose).filter((sentence) => wordsOf(sentence).length > MAX_SENTENCE_WORDS);
    expect(long, `${slug}: long sentences`).toEqual([]);
  });

  it(`has no table cell with a sentence over ${MAX_SENTENCE_WORDS} words`, () => {
    const cells = page.body
      .split("\n")
      .filter((line) => line.startsWith("|"))
      .flatMap((line) => line.split("|"))
      .map((cell) => cell.replace(/\{[^{}]*\}/g, "figure").trim());
    const long = cells.flatMap(sentencesOf).filter((sentence) => wordsOf(sentence).length > MAX_SENTENCE_WORDS);
    expect(long).toEqual([]);
  });

  it("follows US conventions", () => {
    for (const pattern of BRITISH) expect(page.body, String(pattern)).not.toMatch(pattern);
  });

  it("ends with a Sources and notes list, and keeps standards' citations out of the running text", () => {
    const headings = page.body.split("\n").filter((line) => line.startsWith("## "));
    expect(headings.at(-1)).toBe("## Sources and notes");
    expect(prose).not.toMatch(/\b2 CFR\b|\bISO 31000\b|\bNPSA\b|\(\d{4}\)/);
  });
});

describe("the prose extraction", () => {
  it("keeps paragraphs and list items, drops tables, headings, imports and JSX, and counts a printed figure as one word", () => {
    const body = [
      'import X from "~/islands/X";',
      "import {",
      "  A,",
      '} from "~/lib/example/a";',
      "## Heading",
      "A paragraph with a [link](/guide/goals/) and **bold** text",
      "",
      "| a | table |",
      "| --- | --- |",
      "- An item",
      "- Another item.",
      "<X client:visible />",
      "It cost {usd(100)} in all.",
      "## Sources and notes",
      "- A citation (2008).",
    ].join("\n");
    expect(proseOf(body)).toBe("A paragraph with a link and bold text.\nAn item.\nAnother item.\nIt cost figure in all.");
  });

  it("splits sentences at full stops before capitals and digits", () => {
    expect(sentencesOf("One. Two words here. 3 more.")).toEqual(["One.", "Two words here.", "3 more."]);
  });
});

/** Words and grade per page, printed for the record (the issue asks for them in the report). */
it("reports words and grade per page", () => {
  const rows = pages.map((page) => {
    const prose = proseOf(page.body);
    return `${page.slug}: ${wordsOf(prose).length} words, grade ${readability.fleschKincaidGrade(prose)}`;
  });
  console.log(rows.join("\n"));
  expect(rows).toHaveLength(8);
});
