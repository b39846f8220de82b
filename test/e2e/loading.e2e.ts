import { readFile } from "node:fs/promises";
import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { serveStatic } from "../support/static-server";
import type { Browser } from "playwright-core";

/**
 * A page that arrives slowly is painted while it is still arriving: what the reader sees first must not then move
 * (Cumulative Layout Shift counts it). These tests send each page's HTML in two parts, with a pause between them long
 * enough for Chromium to paint the first part, cutting it where the source order and the layout could part ways: inside
 * the header (after the search box, and inside the Book button, which sits at the right, so its left edge depends on how
 * many of its words have arrived), at the start of and inside the guide's text, and just before the list of steps.
 */

const PAUSE_MS = 400;
const CUTS: Record<string, (html: string) => number> = {
  "after the search box": (html) => html.indexOf("</site-search>") + "</site-search>".length,
  "inside the Book button": (html) => html.indexOf("free strategy"),
  "at the start of the text": (html) => html.indexOf('<p class="eyebrow">'),
  "in the middle of the text": (html) => html.indexOf('<div class="prose">') + 3000,
  "before the list of steps": (html) => html.indexOf('<nav class="sidebar"'),
};
const PAGES = ["/guide/partners/", "/guide/resources/"];
const VIEWPORTS = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
];

let browser: Browser;
let assets: Awaited<ReturnType<typeof serveStatic>>;
let slow: Server;
let slowUrl = "";

beforeAll(async () => {
  assets = await serveStatic("dist");
  // HTML from dist/ in two parts, at the cut named by ?cut=; everything else from the ordinary static server.
  slow = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.endsWith("/")) {
      const asset = await fetch(assets.url + url.pathname);
      res.writeHead(asset.status, { "Content-Type": asset.headers.get("Content-Type") ?? "application/octet-stream" });
      res.end(Buffer.from(await asset.arrayBuffer()));
      return;
    }
    const html = await readFile(`dist${url.pathname}index.html`, "utf8");
    const at = CUTS[url.searchParams.get("cut") ?? ""]?.(html) ?? -1;
    const bytes = Buffer.from(html);
    const split = Buffer.byteLength(html.slice(0, Math.max(at, 0)));
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    res.write(bytes.subarray(0, split));
    setTimeout(() => res.end(bytes.subarray(split)), PAUSE_MS);
  });
  await new Promise<void>((done) => slow.listen(0, "127.0.0.1", done));
  slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => slow?.close(done));
  await assets?.close();
});

describe("a page painted while it arrives does not move", () => {
  for (const path of PAGES) {
    for (const [cut, find] of Object.entries(CUTS)) {
      it(`${path}, cut ${cut}, on a phone and a laptop`, async () => {
        const html = await readFile(`dist${path}index.html`, "utf8");
        expect(find(html), "the cut point exists in the page").toBeGreaterThan(0);
        for (const viewport of VIEWPORTS) {
          // No service worker: its install after the load event would compete with what is measured.
          const context = await browser.newContext({ viewport, serviceWorkers: "block" });
          const page = await context.newPage();
          await page.addInitScript(() => {
            const w = window as unknown as { __shifts: string[]; __painted: boolean };
            w.__shifts = [];
            w.__painted = false;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
                const nodes = entry.sources.map((s) =>
                  s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : "?",
                );
                w.__shifts.push(`${entry.value.toFixed(4)} ${nodes.join(", ")}`);
              }
            }).observe({ type: "layout-shift", buffered: true });
            new PerformanceObserver(() => {
              w.__painted = true;
            }).observe({ type: "paint", buffered: true });
          });
          await page.goto(`${slowUrl}${path}?cut=${encodeURIComponent(cut)}`, { waitUntil: "load" });
          // Settled: painted, every island in view has started (a start that moved the page is a shift), two frames on.
          await page.waitForFunction(() => {
            const painted = (window as unknown as { __painted: boolean }).__painted;
            const waiting = [...document.querySelectorAll("astro-island[ssr]")].some((island) => {
              const box = (island.firstElementChild ?? island).getBoundingClientRect();
              return box.bottom > 0 && box.top < innerHeight;
            });
            return painted && !waiting;
          });
          await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
          const { shifts, painted } = await page.evaluate(() => {
            const w = window as unknown as { __shifts: string[]; __painted: boolean };
            return { shifts: w.__shifts, painted: w.__painted };
          });
          expect(painted).toBe(true);
          expect(shifts, `${viewport.width} px`).toEqual([]);
          await context.close();
        }
      });
    }
  }
});
