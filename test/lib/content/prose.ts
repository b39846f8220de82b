import { readFileSync, readdirSync } from "node:fs";

export const GUIDE_DIR = new URL("../../../content/guide/", import.meta.url);

export interface GuidePage {
  slug: string;
  /** The file as written. */
  source: string;
  /** Everything after the frontmatter. */
  body: string;
}

export function readGuidePages(): GuidePage[] {
  return readdirSync(GUIDE_DIR)
    .filter((file) => file.endsWith(".mdx"))
    .sort()
    .map((file) => {
      const source = readFileSync(new URL(file, GUIDE_DIR), "utf8");
      const body = source.replace(/^---\n[\s\S]*?\n---\n/, "");
      return { slug: file.replace(/\.mdx$/, ""), source, body };
    });
}

/** The body without its "Sources and notes" section, which holds citations rather than prose. */
export function withoutSources(body: string): string {
  return body.replace(/^## Sources and notes[\s\S]*?(?=^## |(?![\s\S]))/m, "");
}

/**
 * The page's running prose, one sentence or list item per line, as a reader meets it:
 * - left out: frontmatter, import statements (also those over several lines), JSX tags, tables (figures in cells, not sentences), headings,
 *   and the "Sources and notes" section (citations);
 * - kept: paragraphs and list items, with Markdown emphasis and link syntax removed (the link text stays);
 * - `{expression}` values printed from the fact sheet are counted as one word ("figure"), since a reader reads one figure;
 * - a list item or paragraph without closing punctuation gets a full stop, so it counts as its own sentence.
 */
export function proseOf(body: string): string {
  const blocks: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push(current.join(" "));
    current = [];
  };
  const withoutImports = withoutSources(body).replace(/^import\s[\s\S]*?\sfrom\s+"[^"]+";?[ \t]*$/gm, "");
  for (const raw of withoutImports.split("\n")) {
    const line = raw.trim();
    const skipped = /^import\s/.test(line) || /^#{1,6}\s/.test(line) || line.startsWith("|") || /^<[A-Za-z/]/.test(line);
    if (line === "" || skipped || /^\{.*\}$/.test(line)) {
      flush();
      continue;
    }
    const item = /^(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      flush();
      current.push(item[1] ?? "");
      continue;
    }
    current.push(line);
  }
  flush();
  return blocks
    .map((block) =>
      block
        .replace(/\{[^{}]*\}/g, "figure")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/\*\*|__|`/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&amp;/g, "&")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((block) => /\p{L}/u.test(block))
    .map((block) => (/[.!?:;]["')\]]*$/.test(block) ? block.replace(/[:;]$/, ".") : `${block}.`))
    .join("\n");
}

/** Sentences of the prose: split after . ! or ? followed by a space and a capital, a digit or a quote, and at line ends. */
export function sentencesOf(prose: string): string[] {
  return prose
    .split("\n")
    .flatMap((line) => line.split(/(?<=[.!?]["')\]]*)\s+(?=["“(]?[A-Z0-9$])/))
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/** Words: whitespace-separated tokens holding a letter or a digit. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token));
}
