import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { COPY_CSP, escapeHtml, planHtml } from "~/lib/plan/plan-html";
import { HOSTILE, planFixture } from "./plan-fixture";

/** The copy as a browser parses it (no script runs in happy-dom's parser). */
function parse(html: string): Document {
  const window = new Window();
  window.document.write(html);
  return window.document as unknown as Document;
}

describe("escapeHtml", () => {
  it.each([
    ["<script>", "&lt;script&gt;"],
    ["Tom & Jerry", "Tom &amp; Jerry"],
    [`"quoted" and 'single'`, "&quot;quoted&quot; and &#39;single&#39;"],
    ["&amp;", "&amp;amp;"],
    ["plain", "plain"],
  ])("%s", (text, escaped) => expect(escapeHtml(text)).toBe(escaped));
});

describe("planHtml", () => {
  it("is one page with its styles inline, no script, and a policy that forbids scripts", () => {
    const html = planHtml(planFixture());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|src=|href=/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${COPY_CSP}">`);
    expect(COPY_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
  });

  it("shows the plan: title, date, each step with its note, subheadings, paragraphs and tables", () => {
    const doc = parse(planHtml(planFixture(), "en-GB"));
    expect(doc.querySelector("h1")?.textContent).toBe("Partnership plan");
    expect(doc.querySelector("title")?.textContent).toBe("Partnership plan · Prepared by Riverside Fresh Start · 28 Nov 2026");
    expect(doc.querySelector("h1 + p")?.textContent).toMatch(/^Prepared by Riverside Fresh Start\. Assembled 28 Nov 2026/);
    expect([...doc.querySelectorAll("h2")].map((h) => h.textContent)).toEqual([
      "Step 1. Set your partnership goals",
      "Step 2. Find and assess partners",
    ]);
    expect(doc.body.textContent).toContain("Last changed 27 Nov 2026.");
    expect(doc.body.textContent).toContain("The partnership's organizations, scored and checked.");
    expect(doc.querySelector("h3")?.textContent).toBe("Goals");
    const table = doc.querySelector("table")!;
    expect(table.querySelector("caption")?.textContent).toBe("Your goals");
    expect([...table.querySelectorAll("thead th")].map((th) => th.getAttribute("scope"))).toEqual(["col", "col"]);
    expect(table.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(table.querySelector("tbody th[scope=row]")?.textContent).toBe("Fresh produce for 400 households");
  });

  it("renders hostile names as the text written, never as elements", () => {
    const html = planHtml(planFixture(HOSTILE));
    const doc = parse(html);
    expect(doc.querySelectorAll("script, b")).toHaveLength(0);
    expect(doc.querySelector("title")?.textContent).toBe(`Partnership plan · Prepared by ${HOSTILE} · 28 Nov 2026`);
    expect(doc.querySelector("tbody td:last-child")?.textContent).toBe(HOSTILE);
    expect(doc.body.textContent?.split(HOSTILE).length).toBe(4);
  });
});
