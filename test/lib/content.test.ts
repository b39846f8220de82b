import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const GUIDE_DIR = new URL("../../content/guide/", import.meta.url);
const SLUGS = ["goals", "partners", "business-case", "roles", "risks", "community", "resources", "evaluation"];
const REQUIRED_SECTIONS = ["Why this step matters", "How to do it", "Checklist", "Common pitfalls", "Worked example"];
const ISLANDS: Record<string, string[]> = {
  goals: ["GoalsWorksheet"],
  partners: ["PartnersTool"],
  "business-case": ["BusinessCaseTool"],
  roles: ["GovernanceTool", "RaciTool", "AgreementTool"],
  risks: ["RiskTool"],
  community: ["EngagementTool"],
  resources: ["ResourcesTool"],
  evaluation: ["KpiTool", "HealthCheck"],
};

interface Page {
  slug: string;
  frontmatter: string;
  body: string;
}

function readPage(file: string): Page {
  const text = readFileSync(new URL(file, GUIDE_DIR), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter block`);
  const [, frontmatter = "", body = ""] = match;
  return { slug: file.replace(/\.mdx$/, ""), frontmatter, body };
}

/** The page's prose: the body without import lines and JSX tags. */
function prose(body: string): string {
  return body
    .split("\n")
    .filter((line) => !/^import\s/.test(line))
    .join("\n")
    .replace(/<[A-Z][^>]*\/?>/g, " ");
}

/** Words are whitespace-separated tokens holding at least one letter, so table rules and bullets do not count. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter((token) => /\p{L}/u.test(token)).length;
}

/** The text under a `## ` heading that starts with `title`, up to the next `## ` heading. */
/** The nearest `## ` heading above the first line that is `line`. */
function headingAbove(body: string, line: string): string | undefined {
  const lines = body.split("\n");
  return lines
    .slice(0, lines.indexOf(line))
    .reverse()
    .find((l) => l.startsWith("## "));
}

function section(body: string, title: string): string | null {
  const start = body.split("\n").findIndex((line) => line.startsWith(`## ${title}`));
  if (start === -1) return null;
  const rest = body.split("\n").slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith("## "));
  return (end === -1 ? rest : rest.slice(0, end)).join("\n");
}

const pages = readdirSync(GUIDE_DIR)
  .filter((file) => file.endsWith(".mdx"))
  .sort()
  .map(readPage);

describe("guide pages", () => {
  it("are exactly the eight steps", () => {
    expect(pages.map((page) => page.slug).sort()).toEqual([...SLUGS].sort());
  });

  it("use each step number 1–8 once", () => {
    const steps = pages.map((page) => Number(/^step:\s*(\d+)\s*$/m.exec(page.frontmatter)?.[1]));
    expect(steps.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("follow the guide order with their step numbers", () => {
    for (const page of pages) {
      const step = Number(/^step:\s*(\d+)\s*$/m.exec(page.frontmatter)?.[1]);
      expect(SLUGS[step - 1], page.slug).toBe(page.slug);
    }
  });
});

describe.each(pages.map((page) => [page.slug, page] as const))("%s", (slug, page) => {
  it("has at least 600 words of prose", () => {
    expect(wordCount(prose(page.body))).toBeGreaterThanOrEqual(600);
  });

  it.each(REQUIRED_SECTIONS)("has a `## %s` section", (title) => {
    expect(section(page.body, title)).not.toBeNull();
  });

  it("puts the required sections in order", () => {
    const lines = page.body.split("\n");
    const positions = REQUIRED_SECTIONS.map((title) => lines.findIndex((line) => line.startsWith(`## ${title}`)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("has a numbered list of actions under How to do it", () => {
    const numbered = (section(page.body, "How to do it") ?? "").split("\n").filter((line) => /^\d+\.\s/.test(line));
    expect(numbered.length).toBeGreaterThanOrEqual(4);
  });

  it("has a bulleted checklist", () => {
    const items = (section(page.body, "Checklist") ?? "").split("\n").filter((line) => /^- \S/.test(line));
    expect(items.length).toBeGreaterThanOrEqual(5);
  });

  it("follows Riverside Fresh Start in its worked example", () => {
    expect(section(page.body, "Worked example: Riverside Fresh Start") ?? "").toContain("Riverside Fresh Start");
  });

  it("links only to guide pages that exist", () => {
    const targets = [...page.body.matchAll(/\]\(\/guide\/([^)/]+)\/\)/g)].map((m) => m[1]);
    for (const target of targets) expect(SLUGS, `link to /guide/${target}/`).toContain(target);
  });

  it("keeps its tool islands, if it has any, under their own heading", () => {
    const islands = ISLANDS[slug] ?? [];
    const tags = page.body.match(/<[A-Z]\w*[^>]*\/>/g) ?? [];
    expect(tags).toEqual(islands.map((island) => `<${island} client:visible />`));
    for (const island of islands) {
      expect(page.body).toContain(`import ${island} from "~/islands/${island}";`);
      expect(headingAbove(page.body, `<${island} client:visible />`), island).toMatch(/^## Work through it: /);
    }
  });
});
