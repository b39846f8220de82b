import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "../support/browser";
import { brokenHeaderWords, openWithExamples } from "../support/layout";
import { useSite } from "../support/site";
import { TOOL_PAGES } from "../support/watch";

const site = useSite();

/** About the printable width of A4 and US Letter at the browser's default margins, in CSS pixels. */
const PAPER = { width: 720, height: 1000 };

/**
 * Presses the Print button of the `index`-th tool that has one, with the browser's print dialog stubbed out, and lays
 * the page out as print; returns the id of the tool whose button it was.
 */
async function printTool(page: Page, index: number): Promise<string> {
  await page.evaluate(() => {
    const w = window as unknown as { __printed: number };
    w.__printed = 0;
    window.print = () => void (w.__printed += 1);
  });
  const button = page.getByRole("button", { name: "Print", exact: true }).nth(index);
  const id = await button.evaluate((b) => b.closest("section.tool")?.id ?? "");
  await button.click();
  await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1);
  await page.emulateMedia({ media: "print" });
  return id;
}

/** Back to the screen, as after the print dialog closes. */
async function endPrint(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
}

/** What of the page the printout shows: the guide's own text, and which tools. */
function printed(page: Page): Promise<{ guideText: string[]; tools: string[] }> {
  return page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const guide = [...document.querySelectorAll("main h1, main .lede, .prose > p, .prose > h2, .booking-cta, .step-nav")];
    return {
      guideText: guide.filter(shown).map((el) => el.textContent?.trim().slice(0, 40) ?? ""),
      tools: [...document.querySelectorAll("section.tool")].filter(shown).map((tool) => tool.id),
    };
  });
}

describe("each tool's Print", () => {
  it.each(TOOL_PAGES)("%s: prints that tool alone, its charts as their tables", async (path) => {
    const { page, context } = await openPage(site.browser, { viewport: PAPER });
    await openWithExamples(page, site.url + path);
    const count = await page.getByRole("button", { name: "Print", exact: true }).count();
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
    await context.close();
  });
});

describe("the risk register on paper", () => {
  it("prints every risk with headings that stay in their columns", async () => {
    const { page, context } = await openPage(site.browser, { viewport: PAPER });
    await openWithExamples(page, `${site.url}/guide/risks/`);
    await printTool(page, 0);
    const printout = page.locator(".risk-printout");
    await printout.waitFor();
    const overflowing = await printout
      .locator("th")
      .evaluateAll((ths) => ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent));
    expect(overflowing).toEqual([]);
    expect(await brokenHeaderWords(page, ".risk-printout thead th")).toEqual([]);
    expect(await printout.locator("tbody tr").count()).toBeGreaterThan(5);
    await endPrint(page);
    await context.close();
  });
});
