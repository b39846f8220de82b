import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";

const DIST = "dist";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "pagefind" || name === "_astro" ? [] : htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const FILES = htmlFiles(DIST);
const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Astro writes void elements without a closing slash and long attribute lists on one line.
    "void-style": "off",
    "attribute-boolean-style": "off",
    "no-trailing-whitespace": "off",
    // Prettier-style quotes are not ours to choose in generated HTML.
    "attr-quotes": "off",
    // The custom elements (site-search, theme-toggle, booking-form-link, astro-island) are ours or Astro's.
    "no-unknown-elements": "off",
    // Lists and groups may carry a name (WAI-ARIA allows it); the tools name their lists for screen readers.
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
  },
  elements: [
    "html5",
    {
      "astro-island": { flow: true, phrasing: true },
      "astro-slot": { flow: true, phrasing: true },
      // Astro places `<style>astro-island{display:contents}</style>` just before the first island, in the body.
      style: { flow: true, metadata: true },
    },
  ],
});

describe("the built site", () => {
  it("has every page", () => {
    expect(FILES.map((f) => relative(DIST, f)).sort()).toEqual(
      [
        "404.html",
        "book/index.html",
        "guide/business-case/index.html",
        "guide/community/index.html",
        "guide/evaluation/index.html",
        "guide/goals/index.html",
        "guide/partners/index.html",
        "guide/resources/index.html",
        "guide/risks/index.html",
        "guide/roles/index.html",
        "index.html",
        "offline/index.html",
        "plan/index.html",
        "plan/view/index.html",
      ].sort(),
    );
  });

  it.each(FILES)("%s is valid HTML", async (file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} line ${m.line}: ${m.message}`));
    expect(messages).toEqual([]);
  });

  it.each(FILES)("%s has a Content-Security-Policy without unsafe-inline scripts", (file) => {
    const html = readFileSync(file, "utf8");
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });

  it.each(FILES)("%s links only to pages and files that exist, and new tabs carry noopener", (file) => {
    const html = readFileSync(file, "utf8");
    for (const tag of html.match(/<a\s[^>]*>/g) ?? []) {
      if (/target="_blank"/.test(tag)) expect(tag, tag).toMatch(/rel="[^"]*noopener/);
    }
    const targets = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? "");
    for (const target of targets) {
      if (!target.startsWith("/") || target.startsWith("//")) continue;
      const path = decodeURIComponent(target.split(/[?#]/)[0] ?? "");
      const candidates = [join(DIST, path), join(DIST, path, "index.html")];
      const exists = candidates.some((c) => {
        try {
          return statSync(c).isFile();
        } catch {
          return false;
        }
      });
      expect(exists, `${file} links to ${target}`).toBe(true);
    }
    for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) {
      expect(html, `${file} links to #${id}`).toContain(`id="${id}"`);
    }
  });
});
