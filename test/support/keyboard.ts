import type { Locator, Page } from "playwright-core";

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/**
 * Presses Tab, as a reader would, until `target` has the focus; throws when it is not reached within `limit` presses,
 * so a control left out of the tab order fails the walk.
 */
export async function tabTo(page: Page, target: Locator, limit = 30): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press("Tab");
  }
  if (await isFocused(target)) return;
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? "nothing");
  throw new Error(`${limit} presses of Tab did not reach ${target}; the focus is on ${focused}`);
}

/** From a freshly loaded page: Tab to the skip link, as the first press reaches it, and follow it into the main content. */
export async function skipToContent(page: Page): Promise<void> {
  await tabTo(page, page.getByRole("link", { name: "Skip to content" }), 3);
  await page.keyboard.press("Enter");
}

/** Tabs to a field and types into it. */
export async function tabAndType(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.type(text);
}

/**
 * Tabs to a closed select and picks an option by typing the start of its label (one word: a space would open the
 * list), as Chromium's type-ahead does; then checks that the option chosen is `label`.
 */
export async function tabAndChoose(page: Page, select: Locator, typed: string, label = typed): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.type(typed);
  const chosen = await select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent?.trim() ?? "");
  if (chosen !== label) throw new Error(`Typing “${label}” chose “${chosen}”`);
}
