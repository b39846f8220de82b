import { describe, expect, it } from "vitest";
import { openPage } from "../support/browser";
import { brokenHeaderWords, openWithExamples } from "../support/layout";
import { PAPER, endPrint, printTool } from "../support/print";
import { useSite } from "../support/site";

const site = useSite();

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
