import { createRequire } from "node:module";
import { mkdtempSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Browser, type BrowserContext, type BrowserServer, type Locator, type Page, chromium } from "playwright-core";
import { expect } from "vitest";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * The browser tests' browser: Debian's chromium-headless-shell, Chromium's engine (the same Blink, V8 and network
 * stack as the chromium package, same version) without the browser's windows and toolbar, which is what Playwright runs
 * for headless tests by default; the full browser spends much of a two-core machine drawing a window no test looks at
 * (docs/quality.md). `CHROMIUM_PATH` points the tests at another Chromium (e.g. /usr/bin/chromium).
 */
export const TEST_CHROMIUM = process.env["CHROMIUM_PATH"] || "/usr/bin/chromium-headless-shell";

/** The browser a reader runs, Debian's full Chromium: the bench's timings and Lighthouse use it. */
export const READER_CHROMIUM = process.env["READER_CHROMIUM_PATH"] || "/usr/bin/chromium";

/** Debian's Chromium, headless, with the flags this network-less machine needs: for the tests, the bench and Lighthouse. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launchChromium(executablePath = TEST_CHROMIUM): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** The tests' Chromium as a server that several test files connect to (`connectChromium`), started once per run. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: TEST_CHROMIUM, args: CHROMIUM_ARGS });
}

export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed same-origin requests seen so far. */
  problems: string[];
}

/**
 * A fresh context and page that records every console error and uncaught exception. The site's service worker is
 * blocked unless `serviceWorkers: "allow"` (the offline tests): every request then reaches the network, where a test
 * can hold it (`page.route`), and no worker's install competes with what a test measures.
 */
export async function openPage(
  browser: Browser,
  options: { colorScheme?: "light" | "dark"; viewport?: { width: number; height: number }; serviceWorkers?: "allow" | "block" } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? "light",
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
    serviceWorkers: options.serviceWorkers ?? "block",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  recordProblems(page, problems);
  return { page, context, problems };
}

/** Adds every console error and uncaught exception of `page` to `problems` as it happens. */
export function recordProblems(page: Page, problems: string[]): void {
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page as it stands and returns its violations. `"colours"` runs only
 * the rules a colour theme can change (contrast, links told apart by colour alone): for a page already checked with
 * every rule in the other theme, since a theme changes colours and nothing else. `within` (a selector) limits the check to
 * those elements, e.g. the tools once only they have changed.
 */
export async function axeViolations(page: Page, rules: "all" | "colours" = "all", within?: string): Promise<AxeViolation[]> {
  // axe is added once per document: its 550 KB are parsed again only after a navigation.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ rules, within }) => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document | { include: string[] }, opts: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const result = await axe.run(within ? { include: [within] } : document, {
        runOnly:
          rules === "colours"
            ? { type: "rule", values: ["color-contrast", "link-in-text-block"] }
            : { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        // Only violations are read; axe then skips building selectors for every passing element.
        resultTypes: ["violations"],
      });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    },
    { rules, within },
  );
}

/**
 * Every axe rule in the light theme, then the colour rules in the dark one (a theme changes colours and nothing else);
 * on the whole page, or on the elements `within` selects (e.g. the tools, once only they have changed).
 */
export async function axeInBothThemes(page: Page, within?: string): Promise<{ light: AxeViolation[]; dark: AxeViolation[] }> {
  const light = await axeViolations(page, "all", within);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await axeViolations(page, "colours", within);
  await page.emulateMedia({ colorScheme: "light" });
  return { light, dark };
}

/** A readable summary of violations for assertion messages. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("\n");
}

/**
 * Brings each island that has not started into view, as a reader scrolling to it would, and waits until it has; then
 * each chart still waiting to be seen, until it has been drawn (or said it could not); and goes back to the top. It
 * jumps from one to the next rather than scrolling through the prose in between, which only costs frames.
 */
export async function hydrateAll(page: Page): Promise<void> {
  const stuck = await page.evaluate(async () => {
    // Resolves true once `done()` holds, checked on every change of `attribute`, or false after 20 s.
    const until = (element: Element, attribute: string, done: () => boolean) =>
      new Promise<boolean>((resolve) => {
        if (done()) return resolve(true);
        const timer = setTimeout(() => {
          observer.disconnect();
          resolve(false);
        }, 20_000);
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(true);
        });
        observer.observe(element, { attributes: true, attributeFilter: [attribute] });
      });
    for (const island of Array.from(document.querySelectorAll("astro-island"))) {
      if (!island.hasAttribute("ssr")) continue;
      (island.firstElementChild ?? island).scrollIntoView({ block: "center" });
      // An island that never starts (its script failed to load) is named in the error rather than waited for forever.
      if (!(await until(island, "ssr", () => !island.hasAttribute("ssr")))) return island.getAttribute("component-url") ?? "an island";
    }
    // Charts start when seen; one that is not shown (a closed disclosure, a hidden tab) has no box and is left waiting.
    for (const chart of Array.from(document.querySelectorAll('[data-chart="waiting"]'))) {
      if (chart.getClientRects().length === 0) continue;
      chart.scrollIntoView({ block: "center" });
      if (!(await until(chart, "data-chart", () => chart.getAttribute("data-chart") !== "waiting"))) return "a chart";
    }
    window.scrollTo(0, 0);
    return null;
  });
  if (stuck) throw new Error(`${stuck} did not start within 20 s of being scrolled into view`);
  // Every chart that came into view has loaded chart.js and drawn (or said it could not).
  await page.waitForFunction(() => !document.querySelector('[data-chart="loading"]'));
}

/**
 * The text of `target` as a reader sees it, after scrolling it into view: a tool or section far from the screen is laid
 * out only near it (content-visibility: auto) and until then has no rendered text, so poll this: the browser lays the
 * part out in the frame after the scroll.
 */
export async function shownText(target: Locator): Promise<string> {
  await target.scrollIntoViewIfNeeded();
  return target.innerText();
}

/**
 * Opens `url` as on a slow connection: the page's scripts are held back, so its HTML is there to type into but no tool
 * has started. `field(page)` is brought into view (a tool starts when it is visible) and the call returns once the page
 * has asked for its scripts; `release()` lets them arrive.
 */
export async function openWithScriptsHeld(page: Page, url: string, field: (page: Page) => Locator): Promise<{ release: () => void }> {
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    held++;
    await scriptsHeld;
    await route.continue();
  });
  // The load event waits for the held scripts: go on as soon as the HTML is there.
  await page.goto(url, { waitUntil: "commit" });
  await field(page).scrollIntoViewIfNeeded();
  await expect.poll(() => held).toBeGreaterThan(0);
  return { release };
}

/** The file a button downloads, kept under its own name (a browser reads a file:// page by its extension). */
/** The copies of a tool's saved data kept aside in the page's storage (under the backup key), as stored. */
export function keptCopies(page: Page, toolId: string): Promise<(string | null)[]> {
  return page.evaluate(
    (prefix) =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith(prefix))
        .map((key) => localStorage.getItem(key)),
    `pivotpath-backup:${toolId}:`,
  );
}

export async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer; path: string }> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const file = await downloading;
  const path = join(mkdtempSync(join(tmpdir(), "pivotpath-download-")), file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path), path };
}
