import { describe, expect, it } from "vitest";
import { openPage } from "../support/browser";
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
