import type { Browser } from "playwright-core";
import type { Figure } from "./budgets.ts";
import { KB } from "./budgets.ts";

const QUERIES = ["governance", "volunteer hours", "risk matrix"];

/** Bytes the browser fetches for the first search on a page, then for each later one. */
export async function measureSearch(browser: Browser, base: string): Promise<Figure[]> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${base}/guide/goals/`);
  await page.waitForLoadState("networkidle");
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  let bytes = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    bytes += event.encodedDataLength;
  });
  const figures: Figure[] = [];
  const box = page.getByRole("searchbox", { name: "Search" });
  for (const [index, query] of QUERIES.entries()) {
    bytes = 0;
    await box.fill(query);
    await page.locator(".site-search__status", { hasText: query }).waitFor({ timeout: 15_000 });
    await page.waitForLoadState("networkidle");
    const first = index === 0;
    figures.push({
      group: "Search bytes",
      name: `${first ? "first" : "later"} search “${query}”`,
      value: bytes / KB,
      unit: "KB",
      budget: first ? 200 : 100,
      kind: "max",
    });
  }
  await context.close();
  return figures;
}
