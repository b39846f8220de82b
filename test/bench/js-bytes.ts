import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { hydrateAll } from "../support/browser.ts";
import { TOOL_PAGES as GUIDE_TOOL_PAGES, loadExamples } from "../support/watch.ts";
import type { Figure } from "./budgets.ts";
import { KB } from "./budgets.ts";

/** Pages without a tool, and pages with one (every step of the guide, and /plan/), as the budgets group them. */
export const PLAIN_PAGES = ["/", "/book/"];
export const TOOL_PAGES = [...GUIDE_TOOL_PAGES, "/plan/"];

interface Loaded {
  url: string;
  gzip: number;
}

/** Records every file of one kind ("js" or "css") the page fetches, with its gzip size. */
function watch(page: Page, kind: "js" | "css"): Loaded[] {
  const seen: Loaded[] = [];
  const pattern = kind === "js" ? /\.m?js$/ : /\.css$/;
  page.on("response", async (response) => {
    const url = response.url();
    if (!pattern.test(new URL(url).pathname)) return;
    try {
      const body = await response.body();
      seen.push({ url, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      // A response without a body (a redirect) carries no code.
    }
  });
  return seen;
}

const total = (list: readonly Loaded[]) => list.reduce((sum, l) => sum + l.gzip, 0);

/** Waits until the network is quiet and two frames have passed: whatever the page fetched is counted. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Brings every island into view until it has started and every chart until it is drawn, as a reader scrolling would. */
async function scrollThrough(page: Page): Promise<void> {
  await hydrateAll(page);
  await settle(page);
}

export async function measureJs(browser: Browser, base: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const path of [...PLAIN_PAGES, ...TOOL_PAGES]) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: "block" });
    const page = await context.newPage();
    const scripts = watch(page, "js");
    const styles = watch(page, "css");
    await page.goto(base + path);
    await settle(page);
    const initial = total(scripts);
    figures.push({ group: "CSS", name: path, value: total(styles) / KB, unit: "KB", budget: 15, kind: "max" });
    const isTool = TOOL_PAGES.includes(path);
    // /plan/ is no calculator: it holds every tool's schema to read saved work and check imports, about 1 KB per tool,
    // so it has a budget of its own (35 KB for twelve tools; see docs/quality.md).
    const budget = path === "/plan/" ? 35 : isTool ? 20 : 5;
    figures.push({ group: "JS before interaction", name: path, value: initial / KB, unit: "KB", budget, kind: "max" });
    await scrollThrough(page);
    await loadExamples(page);
    await scrollThrough(page);
    const charts = scripts.filter((s) => /chart/i.test(s.url) && !/LazyChart/.test(s.url));
    const withoutCharts = total(scripts.filter((s) => !charts.includes(s)));
    if (isTool) {
      figures.push({
        group: "JS once the tool is in use, charts aside",
        name: path,
        value: withoutCharts / KB,
        unit: "KB",
        budget: 0,
        kind: "info",
      });
      if (charts.length)
        figures.push({ group: "chart.js chunk", name: path, value: total(charts) / KB, unit: "KB", budget: 60, kind: "max" });
    }
    await page.getByRole("searchbox", { name: "Search" }).fill("partner");
    await page
      .locator(".site-search__results a")
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
    await settle(page);
    // Issue 6's budget. The history (above it from the state model on, back within it once search stopped loading
    // pagefind's script and chart.js came in one bundle per kind of chart) is in docs/quality.md.
    figures.push({ group: "JS after everything loaded", name: path, value: total(scripts) / KB, unit: "KB", budget: 100, kind: "max" });
    await context.close();
  }
  return figures;
}
