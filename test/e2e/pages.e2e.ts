import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeInBothThemes, describeViolations, hydrateAll, openPage } from "../support/browser";
import { brokenHeaderWords, cutTables } from "../support/layout";
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

/** How far the page scrolls sideways once it has laid out (charts resize a frame after the window does). */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: where, timeout: 5_000 })
    .toBeLessThanOrEqual(0);
}

/**
 * Every page, loaded once as a reader would: it answers, has one h1, logs no error, passes axe in both themes, and fits
 * a 360 px phone. A page with tools is then filled with every tool's example (tables, charts and all) and checked
 * again: axe in both themes, and its layout as the window changes size: on laptops (1280 and 1440 px) the tools take
 * the whole content column and every tool table shows all its columns; on a 360 px phone and a 200 % zoomed laptop
 * (640 × 400 CSS px) nothing scrolls sideways and no table header breaks a word in two. The search is used, and no
 * Content-Security-Policy violation happens throughout.
 */
describe("every page", () => {
  it.each(ALL_PAGES)("%s: one h1, no console errors, axe in both themes, fits every screen, no CSP violations", async (path) => {
    const { page, context, problems } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript(installWatchers);
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(path === "/no-such-page/" ? 404 : 200);
    await hydrateAll(page);
    expect(await page.locator("h1").count()).toBe(1);
    const empty = await axeInBothThemes(page);
    expect(empty.light, describeViolations(empty.light)).toEqual([]);
    expect(empty.dark, `dark theme: ${describeViolations(empty.dark)}`).toEqual([]);

    if (TOOL_PAGES.includes(path)) {
      await loadExamples(page);
      await hydrateAll(page);
      const filled = await axeInBothThemes(page);
      expect(filled.light, `with the examples: ${describeViolations(filled.light)}`).toEqual([]);
      expect(filled.dark, `with the examples, dark theme: ${describeViolations(filled.dark)}`).toEqual([]);

      for (const width of [1280, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        const { tool, main } = await toolWidths(page);
        expect(tool, `${path} at ${width} px: tool ${tool} px in a ${main} px column`).toBeGreaterThanOrEqual(main - 1);
        expect(await cutTables(page), `${path} at ${width} px`).toEqual([]);
        expect(await brokenHeaderWords(page), `${path} at ${width} px`).toEqual([]);
      }
      for (const viewport of [
        { width: 360, height: 740 },
        { width: 640, height: 400 },
      ]) {
        await page.setViewportSize(viewport);
        await expectNoSidewaysScroll(page, `${path} at ${viewport.width} px`);
        expect(await brokenHeaderWords(page), `${path} at ${viewport.width} px`).toEqual([]);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    } else {
      await page.setViewportSize({ width: 360, height: 740 });
      await expectNoSidewaysScroll(page, `${path} at 360 px`);
      await page.setViewportSize({ width: 1280, height: 900 });
    }

    await page.getByRole("searchbox", { name: "Search" }).fill("partner");
    await page.locator(".site-search__status", { hasText: "partner" }).waitFor();
    expect((await watchedState(page)).csp).toEqual([]);
    const expected =
      path === "/no-such-page/" ? ["console: Failed to load resource: the server responded with a status of 404 (Not Found)"] : [];
    expect(problems).toEqual(expected);
    await context.close();
  });
});
