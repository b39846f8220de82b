import type { DocBlock, PlanDocument, PlanSection } from "./plan-document";
import { runningHeader } from "./plan-text";
import { planByline, sectionHeading, sectionNote } from "./plan-words";

/** What the read-only copy may load: nothing but its own inline styles; no script, image, font or connection. */
export const COPY_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
:root { color-scheme: light dark; }
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1.5rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.75rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.25rem; border-bottom: 2px solid #2d5f4a; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
.note { font-style: italic; color: #444; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: #e8f0ec; }
tbody th { font-weight: 600; }
@media (prefers-color-scheme: dark) {
  body { color: #eee; background: #161816; }
  .note { color: #bbb; }
  thead th { background: #243029; }
  th, td { border-color: #666; }
}
@media print {
  body { max-width: none; padding: 0; color: #000; background: #fff; font-size: 10.5pt; }
  section + section { break-before: page; }
  h2, h3, caption { break-after: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
}
`;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for an HTML text node or a quoted attribute: it always renders as the characters written. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const cell = (tag: "th" | "td", text: string, scope?: "col" | "row") =>
  `<${tag}${scope ? ` scope="${scope}"` : ""}>${escapeHtml(text)}</${tag}>`;

/** A body row: its first cell names the row, as on /plan/. */
const bodyRow = (row: readonly string[]) =>
  `<tr>${row.map((text, i) => (i === 0 ? cell("th", text, "row") : cell("td", text))).join("")}</tr>`;

function blockHtml(block: DocBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "subheading":
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case "table":
      return [
        `<div class="table-wrap"><table><caption>${escapeHtml(block.caption)}</caption>`,
        `<thead><tr>${block.header.map((text) => cell("th", text, "col")).join("")}</tr></thead>`,
        `<tbody>${block.rows.map(bodyRow).join("\n")}</tbody></table></div>`,
      ].join("\n");
  }
}

function sectionHtml(section: PlanSection, locale?: string): string {
  const note = sectionNote(section, locale);
  return [
    `<section>`,
    `<h2>${escapeHtml(sectionHeading(section))}</h2>`,
    ...(note === "" ? [] : [`<p class="note">${escapeHtml(note)}</p>`]),
    ...section.blocks.map(blockHtml),
    `</section>`,
  ].join("\n");
}

/**
 * The plan as one self-contained HTML file that any browser opens: styles inline (for screen and print), no script,
 * and a Content-Security-Policy that forbids scripts should any text get past the escaping. Every text is escaped.
 */
export function planHtml(doc: PlanDocument, locale?: string): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${COPY_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(runningHeader(doc))}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="note">${escapeHtml(planByline(doc))} A read-only copy.</p>`,
    ...doc.sections.map((s) => sectionHtml(s, locale)),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
