import type { Locator, Page } from "playwright-core";

/**
 * Whether `target` has the focus, and, for whatever has it, the ancestor that cuts off part of its focus ring, if one
 * does: one laid out only near the screen (`content-visibility: auto`) or otherwise paint-contained clips what its
 * children draw outside it, outline included, unless `overflow-clip-margin` leaves room. A scrolling box met on the
 * way up clips on purpose and ends the search.
 */
const focusOn = (target: Locator) =>
  target.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return { focused: el === active, clippedBy: "" };
    const own = getComputedStyle(active);
    const ring = own.outlineStyle === "none" ? 0 : Math.max(0, parseFloat(own.outlineWidth) + parseFloat(own.outlineOffset));
    const box = active.getBoundingClientRect();
    for (let up = active.parentElement; up && ring > 0; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX !== "visible" || style.overflowY !== "visible") break;
      if (style.contentVisibility !== "auto" && !/paint|content|strict/.test(style.contain)) continue;
      const edge = up.getBoundingClientRect();
      const room = (parseFloat(style.overflowClipMargin) || 0) + 0.5;
      const cut =
        box.left - ring < edge.left + parseFloat(style.borderLeftWidth) - room ||
        box.right + ring > edge.right - parseFloat(style.borderRightWidth) + room ||
        box.top - ring < edge.top + parseFloat(style.borderTopWidth) - room ||
        box.bottom + ring > edge.bottom - parseFloat(style.borderBottomWidth) + room;
      if (cut) return { focused: el === active, clippedBy: `${active.outerHTML.slice(0, 80)} inside ${up.outerHTML.slice(0, 80)}` };
    }
    return { focused: el === active, clippedBy: "" };
  });

const isFocused = async (target: Locator) => {
  const { focused, clippedBy } = await focusOn(target);
  if (clippedBy) throw new Error(`The focus ring is cut off: ${clippedBy}`);
  return focused;
};

/**
 * Presses Tab, as a reader would, until `target` has the focus; throws when it is not reached within `limit` presses,
 * so a control left out of the tab order fails the walk, and when a control on the way shows its focus ring cut off.
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
