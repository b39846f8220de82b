import type { Page } from "playwright-core";
import { expect } from "vitest";
import { hydrateAll } from "./browser";
import { loadExamples } from "./watch";

/** Opens `url`, starts every tool on it and loads each tool's worked example. */
export async function openWithExamples(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await hydrateAll(page);
  await loadExamples(page);
  await hydrateAll(page);
}

/**
 * Every table in a tool that does not show all its columns: wider than the box it scrolls in, or reaching past the
 * tool's edge. Closed disclosures are opened first, so tables behind them count too.
 */
export function cutTables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>(".tool details")) details.open = true;
    const cut: string[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>(".tool table")) {
      const box = table.getBoundingClientRect();
      if (box.width === 0) continue;
      const name = table.caption?.textContent?.trim() || table.getAttribute("aria-label") || table.className;
      const tool = table.closest(".tool")!.getBoundingClientRect();
      let scroller: HTMLElement | null = table.parentElement;
      while (scroller && !["auto", "scroll", "hidden"].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) {
        cut.push(`${name}: ${scroller.scrollWidth} px wide in a ${scroller.clientWidth} px box`);
      } else if (box.right > tool.right + 1) {
        cut.push(`${name}: reaches ${Math.round(box.right - tool.right)} px past the tool`);
      }
    }
    return cut;
  });
}

/**
 * Words of table headers (`selector`, every tool's by default) that break across two lines ("Strate-gic"), with the
 * header they are in.
 */
export function brokenHeaderWords(page: Page, selector = ".tool th"): Promise<string[]> {
  return page.evaluate((selector) => {
    // Headers a phone's card layout keeps only for screen readers (clipped to a pixel) are not read on screen.
    const hidden = (el: Element | null): boolean =>
      !!el && (getComputedStyle(el).clipPath !== "none" || getComputedStyle(el).clip !== "auto" || hidden(el.parentElement));
    const broken: string[] = [];
    for (const th of document.querySelectorAll<HTMLElement>(selector)) {
      if (th.getBoundingClientRect().width === 0 || hidden(th)) continue;
      const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        // A word may break after its own hyphen ("food-/help"), not inside a part.
        for (const match of text.matchAll(/[^\s\-‐]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(`“${match[0]}” in “${th.textContent?.trim()}”`);
        }
      }
    }
    return broken;
  }, selector);
}

/**
 * That the page does not scroll sideways once it has laid out, polled: charts and tables resize a frame after the
 * window does. `where` names the case in the failure message.
 */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: where, timeout: 5_000 })
    .toBeLessThanOrEqual(0);
}
