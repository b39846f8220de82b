import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPage } from "../support/browser";
import { decodePng, meanLightness } from "../support/png";
import { useSite } from "../support/site";
import { openWithExamples } from "../support/layout";

const site = useSite();

describe("the risk tool on a 360 px phone", () => {
  it("fits the whole matrix, Severe column and band words, and reads the register as one card per risk", async () => {
    const { page, context } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
    await openWithExamples(page, site.url + "/guide/risks/");
    const matrix = page.getByRole("table", { name: /^Risk matrix/ });
    const fit = await matrix.evaluate((table) => {
      const box = table.parentElement!;
      const severe = [...table.querySelectorAll("thead th")].at(-1)!;
      const words = [...table.querySelectorAll<HTMLElement>(".risk-cell__button")].filter((b) => b.scrollWidth > b.clientWidth);
      return {
        scrolls: box.scrollWidth - box.clientWidth,
        severe: { text: severe.textContent?.replace(/\s+/g, " ").trim(), right: severe.getBoundingClientRect().right },
        cutWords: words.map((b) => b.textContent),
      };
    });
    expect(fit.scrolls, "the matrix scrolls sideways").toBe(0);
    expect(fit.severe.right, `the ${fit.severe.text} column`).toBeLessThanOrEqual(360);
    expect(fit.cutWords, "band words cut in their cells").toEqual([]);

    const register = page.getByRole("region", { name: "Risk register table" });
    await expect(register.evaluate((box) => box.scrollWidth - box.clientWidth)).resolves.toBe(0);
    const cards = await register.locator("tbody tr.risk-row").evaluateAll((rows) =>
      rows.map((row) => {
        const box = row.getBoundingClientRect();
        const cells = [...row.children].map((cell) => cell.getBoundingClientRect());
        const stacked = cells.every((cell, i) => i === 0 || cell.top >= cells[i - 1]!.bottom - 1);
        return { fits: box.left >= 0 && box.right <= window.innerWidth, stacked };
      }),
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((card) => !card.fits || !card.stacked)).toEqual([]);
    await expect(register.locator("tbody tr.risk-row").first().getByText("Owner", { exact: true }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("keeps the site header within 120 px of a 360 × 740 screen", async () => {
    const { page, context } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
    for (const path of ["/", "/guide/risks/", "/plan/"]) {
      await page.goto(site.url + path);
      const height = await page.locator(".site-header").evaluate((header) => header.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual(120);
    }
    await context.close();
  });
});

describe("a wide table on a phone", () => {
  /** The mean lightness of a strip 4 px wide inside the box's left or right edge, its text and rules made invisible. */
  async function edge(page: Page, box: Locator, side: "left" | "right"): Promise<number> {
    const rect = (await box.boundingBox())!;
    const x = side === "left" ? rect.x + 1 : rect.x + rect.width - 5;
    const top = Math.max(rect.y, 0);
    const bottom = Math.min(rect.y + rect.height, page.viewportSize()!.height);
    return meanLightness(decodePng(await page.screenshot({ clip: { x, y: top, width: 4, height: bottom - top } })));
  }

  it.each(["light", "dark"] as const)("shades the side that has more columns to scroll to (%s theme)", async (colorScheme) => {
    const { page, context } = await openPage(site.browser, { viewport: { width: 390, height: 844 }, colorScheme });
    await openWithExamples(page, site.url + "/guide/resources/");
    const box = page.getByRole("region", { name: /^Budget over/ });
    await box.evaluate((element) => element.scrollIntoView({ block: "start" }));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    // Only the box's own background is looked at: the cells' text and rules would darken a strip on their own.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(".table-scroll * { color: transparent !important; border-color: transparent !important; }");
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const scroll = (to: "start" | "end") =>
      box.evaluate((element, to) => (element.scrollLeft = to === "start" ? 0 : element.scrollWidth), to);
    const cover = await box.evaluate((element) => {
      const probe = document.createElement("div");
      probe.style.background = "var(--cover)";
      element.append(probe);
      const color = getComputedStyle(probe).backgroundColor.match(/\d+/g)!.slice(0, 3).map(Number);
      probe.remove();
      return color.reduce((a, b) => a + b, 0) / 3;
    });
    await expect(box.evaluate((element) => element.scrollWidth > element.clientWidth + 40)).resolves.toBe(true);

    const shaded = (lightness: number) => Math.abs(lightness - cover) > 8;
    await scroll("start");
    expect({ left: shaded(await edge(page, box, "left")), right: shaded(await edge(page, box, "right")) }).toEqual({
      left: false,
      right: true,
    });
    await box.evaluate((element) => (element.scrollLeft = (element.scrollWidth - element.clientWidth) / 2));
    expect({ left: shaded(await edge(page, box, "left")), right: shaded(await edge(page, box, "right")) }).toEqual({
      left: true,
      right: true,
    });
    await scroll("end");
    expect({ left: shaded(await edge(page, box, "left")), right: shaded(await edge(page, box, "right")) }).toEqual({
      left: true,
      right: false,
    });
    await context.close();
  });

  it("keeps the caption, and the RACI chart's Task heading over its task names, in view as the columns scroll", async () => {
    const { page, context } = await openPage(site.browser, { viewport: { width: 390, height: 844 } });
    await openWithExamples(page, site.url + "/guide/roles/");
    const box = page.getByRole("region", { name: "RACI chart: tasks by people and roles" });
    await expect(box.getAttribute("tabindex")).resolves.toBe("0");
    const placed = () =>
      box.evaluate((element) => {
        const left = element.getBoundingClientRect().left;
        const at = (selector: string) => Math.round(element.querySelector(selector)!.getBoundingClientRect().left - left);
        return { caption: at("caption"), corner: at("thead th"), task: at("tbody th") };
      });
    const start = await placed();
    await box.evaluate((element) => (element.scrollLeft = element.scrollWidth));
    await expect.poll(() => box.evaluate((element) => element.scrollLeft > 100)).toBe(true);
    const after = await placed();
    // Within a pixel: the sticky cells sit on the table's outer border line once scrolled.
    for (const key of ["caption", "corner", "task"] as const) expect(Math.abs(after[key] - start[key]), key).toBeLessThanOrEqual(1);
    await context.close();
  });
});

describe("fields in a table on a laptop", () => {
  it("keeps each amount's currency inside its cell and each button's words on one line", async () => {
    const { page, context } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await openWithExamples(page, site.url + "/guide/business-case/");
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const suffix of document.querySelectorAll<HTMLElement>("td .field-suffix")) {
        const cell = suffix.closest("td")!.getBoundingClientRect();
        if (suffix.getBoundingClientRect().right > cell.right + 0.5) found.push(`${suffix.textContent} cut in its cell`);
      }
      for (const button of document.querySelectorAll<HTMLButtonElement>(".tool td button")) {
        // The words the button shows: a visually hidden part ("benefit 1") is read, not drawn.
        const shown = [...button.childNodes].filter((node) => !(node instanceof HTMLElement && node.matches(".visually-hidden")));
        const rects = shown.flatMap((node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return [...range.getClientRects()];
        });
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1) found.push(`"${button.textContent}" on ${lines.size} lines`);
      }
      return found;
    });
    expect(problems).toEqual([]);
    await context.close();
  });
});
