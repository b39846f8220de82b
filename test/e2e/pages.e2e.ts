import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeInBothThemes, describeViolations, hydrateAll, openPage } from "../support/browser";
import { brokenHeaderWords, cutTables, expectNoSidewaysScroll } from "../support/layout";
import { PAPER, endPrint, printTool, printed } from "../support/print";
import { useSite } from "../support/site";
import { ALL_PAGES, TOOL_PAGES, installWatchers, loadExamples, watchedState } from "../support/watch";

const site = useSite();

/** How wide the widest tool on the page is, and the content column it sits in. */
function toolWidths(page: Page): Promise<{ tool: number; main: number }> {
  return page.evaluate(() => {
    const main = document.querySelector(".guide-main")!.getBoundingClientRect().width;
    const tool = Math.max(...[...document.querySelectorAll(".tool")].map((t) => t.getBoundingClientRect().width));
    return { tool, main };
  });
}

/**
 * The search box is the same on every page (the Base layout's header), and loads the same code and index; it is used
 * on one page of each kind: the home page, a guide page with tools, and the 404 page.
 */
const SEARCHED = ["/", "/guide/evaluation/", "/no-such-page/"];

/**
 * Every page, visited once as a reader would, its checks taken in turn on that one visit: it answers with one h1 and
 * passes axe in both themes; a page with tools is then filled with every tool's example (tables, charts and all),
 * passes axe again, is laid out as the window changes size, and has each tool printed. The search is used last (on the
 * pages above), and the whole visit logs no error and no Content-Security-Policy violation.
 */
describe.each(ALL_PAGES)("%s", (path) => {
  const hasTools = TOOL_PAGES.includes(path);
  /** A step of the visit that only a page with tools has. */
  const withTools = (name: string, step: () => Promise<void>) => hasTools && it(name, step);
  let page: Page;
  let context: BrowserContext;
  let problems: string[];

  beforeAll(async () => {
    ({ page, context, problems } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } }));
    await page.addInitScript(installWatchers);
  });
  afterAll(() => context?.close());

  it("answers with one h1 and passes axe in both themes (dark emulated) before anything is entered", async () => {
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(path === "/no-such-page/" ? 404 : 200);
    await hydrateAll(page);
    expect(await page.locator("h1").count()).toBe(1);
    const { light, dark } = await axeInBothThemes(page);
    expect(light, describeViolations(light)).toEqual([]);
    expect(dark, `dark theme: ${describeViolations(dark)}`).toEqual([]);
  });

  withTools("passes axe in both themes with every tool's example loaded", async () => {
    await loadExamples(page);
    await hydrateAll(page);
    // The guide's text was checked in the step before; only the tools have changed.
    const { light, dark } = await axeInBothThemes(page, ".tool");
    expect(light, describeViolations(light)).toEqual([]);
    expect(dark, `dark theme: ${describeViolations(dark)}`).toEqual([]);
  });

  withTools("gives the tools the whole content column, every table column shown, at 1280 and 1440 px", async () => {
    for (const width of [1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const { tool, main } = await toolWidths(page);
      expect(tool, `at ${width} px: tool ${tool} px in a ${main} px column`).toBeGreaterThanOrEqual(main - 1);
      expect(await cutTables(page), `at ${width} px`).toEqual([]);
      expect(await brokenHeaderWords(page), `at ${width} px`).toEqual([]);
    }
  });

  it("fits a 360 px phone and a 200 % zoomed laptop (640 × 400) without sideways scrolling or header words broken", async () => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 640, height: 400 },
    ]) {
      await page.setViewportSize(viewport);
      await expectNoSidewaysScroll(page, `at ${viewport.width} px`);
      expect(await brokenHeaderWords(page), `at ${viewport.width} px`).toEqual([]);
    }
  });

  withTools("prints each tool alone from its Print button, its charts as their tables", async () => {
    await page.setViewportSize(PAPER);
    const count = await page.getByRole("button", { name: "Print", exact: true }).count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const id = await printTool(page, i);
      await expect(printed(page)).resolves.toEqual({ guideText: [], tools: [id] });
      const charts = await page.locator(`#${id} figure.chart`).evaluateAll((figures) =>
        figures.map((figure) => ({
          canvas: [...figure.querySelectorAll("canvas")].some((c) => c.getClientRects().length > 0),
          tableRows: [...figure.querySelectorAll("table tbody tr")].filter((r) => r.getClientRects().length > 0).length,
        })),
      );
      for (const chart of charts) expect(chart.canvas === false && chart.tableRows > 0, `${id}: ${JSON.stringify(chart)}`).toBe(true);
      await endPrint(page);
    }
  });

  const searched = SEARCHED.includes(path);
  it(`${searched ? "finds pages with the search, and " : ""}logged no error and no CSP violation during the visit`, async () => {
    if (searched) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole("searchbox", { name: "Search" }).fill("partner");
      await page.locator(".site-search__status", { hasText: "partner" }).waitFor();
    }
    expect((await watchedState(page)).csp).toEqual([]);
    const expected =
      path === "/no-such-page/" ? ["console: Failed to load resource: the server responded with a status of 404 (Not Found)"] : [];
    expect(problems).toEqual(expected);
  });
});
