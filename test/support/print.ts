import type { Page } from "playwright-core";

/** About the printable width of A4 and US Letter at the browser's default margins, in CSS pixels. */
export const PAPER = { width: 720, height: 1000 };

/**
 * Presses the Print button of the `index`-th tool that has one, with the browser's print dialog stubbed out, and lays
 * the page out as print; returns the id of the tool whose button it was.
 */
export async function printTool(page: Page, index: number): Promise<string> {
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
export async function endPrint(page: Page): Promise<void> {
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
}

/** What of the page the printout shows: the guide's own text, and which tools. */
export function printed(page: Page): Promise<{ guideText: string[]; tools: string[] }> {
  return page.evaluate(() => {
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
    const guide = [...document.querySelectorAll("main h1, main .lede, .prose > p, .prose > h2, .booking-cta, .step-nav")];
    return {
      guideText: guide.filter(shown).map((el) => el.textContent?.trim().slice(0, 40) ?? ""),
      tools: [...document.querySelectorAll("section.tool")].filter(shown).map((tool) => tool.id),
    };
  });
}
