import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { OFFLINE_WORDS, UPDATE_WORDS } from "~/lib/offline/words";
import { buildServiceWorker } from "../../scripts/service-worker";
import { axeViolations, describeViolations, hydrateAll, openPage } from "../support/browser";
import { useSite } from "../support/site";
import { serveStatic } from "../support/static-server";
import { TOOL_PAGES, installWatchers, watchedState } from "../support/watch";

const site = useSite();

/**
 * A copy of the built site served on its own port, which a test can change and cut off: once cut off, nothing a
 * page asks for reaches a server, whether the browser's offline mode covers the worker's requests or not.
 */
async function ownCopy(): Promise<{ dir: string; url: string; cut: () => void; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "pivotpath-offline-"));
  await cp(process.env["SITE_DIST"] || "dist", dir, { recursive: true });
  const server = await serveStatic(dir);
  let open = true;
  const cut = () => {
    if (!open) return;
    open = false;
    server.server.close();
    server.server.closeAllConnections();
  };
  return {
    dir,
    url: server.url,
    cut,
    close: async () => {
      cut();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** Opens `url` in a context that lets the site's service worker run, and waits until the worker controls the page. */
async function visitOnce(url: string): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
  const watched = await openPage(site.browser, { serviceWorkers: "allow" });
  cleanups.push(() => watched.context.close());
  await watched.page.goto(url);
  await watched.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  return watched;
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();

describe("offline, after one visit", () => {
  it("opens other pages, searches, starts every tool and keeps a tool's work, with no connection", async () => {
    const copy = await ownCopy();
    cleanups.push(copy.close);
    const { page, context, problems } = await visitOnce(`${copy.url}/`);
    copy.cut();
    await context.setOffline(true);

    await page.goto(`${copy.url}/guide/risks/`);
    await expect(heading(page)).resolves.toMatch(/risk/i);
    await page.goto(`${copy.url}/book/?step=risks`);
    await expect(heading(page)).resolves.toBe("Book a free strategy session");

    await page.getByRole("searchbox", { name: "Search" }).fill("partner");
    await page.locator(".site-search__results a").first().waitFor({ timeout: 20_000 });

    // Every tool starts (its scripts, its charts) from what the first visit saved.
    for (const path of [...TOOL_PAGES, "/plan/"]) {
      await page.goto(`${copy.url}${path}`);
      await hydrateAll(page);
    }
    expect(problems).toEqual([]);

    await page.goto(`${copy.url}/guide/goals/`);
    await hydrateAll(page);
    await page.getByLabel("Your organization").fill("Eastside Food Bank");
    await page.getByText("All changes saved in this browser.").waitFor();
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Your organization").inputValue()).resolves.toBe("Eastside Food Bank");
  }, 180_000);

  it("says a page not saved yet needs one visit online, and so after the saved pages were cleared", async () => {
    const copy = await ownCopy();
    cleanups.push(copy.close);
    const { page, context } = await visitOnce(`${copy.url}/`);
    copy.cut();
    await context.setOffline(true);

    await page.goto(`${copy.url}/guide/not-published-yet/`);
    await expect(heading(page)).resolves.toBe(OFFLINE_WORDS.title);
    await expect(page.getByRole("link", { name: "Go to the home page" }).isVisible()).resolves.toBe(true);

    await page.evaluate(async () => {
      for (const key of await caches.keys()) await caches.delete(key);
    });
    await page.goto(`${copy.url}/guide/goals/`);
    await expect(heading(page)).resolves.toBe(OFFLINE_WORDS.title);
    await expect(page.getByText(OFFLINE_WORDS.body).isVisible()).resolves.toBe(true);
  });

  it("the offline page passes axe and runs within the CSP", async () => {
    const { page, problems } = await openPage(site.browser);
    await page.addInitScript(installWatchers);
    await page.goto(`${site.url}/offline/`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect((await watchedState(page)).csp).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe("a new version of the guide", () => {
  it("is offered with a Reload button, never loaded under the reader's hands, and loaded when asked", async () => {
    const copy = await ownCopy();
    cleanups.push(copy.close);
    const { page, problems } = await visitOnce(`${copy.url}/`);
    await page.addInitScript(installWatchers);

    // A new version is deployed: one page changed, and the build's service worker step lists its new hash.
    const home = join(copy.dir, "index.html");
    await writeFile(home, (await readFile(home, "utf8")).replace("</main>", "<p>Published in the new version.</p></main>"));
    await buildServiceWorker(copy.dir);

    // The reader comes back: the page they get is still the saved one, and the new version waits to be asked for.
    await page.reload();
    const notice = page.getByRole("status").filter({ hasText: UPDATE_WORDS.ready });
    await notice.waitFor({ timeout: 30_000 });
    await expect(page.getByText("Published in the new version.").count()).resolves.toBe(0);
    const waiting = () => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
    await expect(waiting()).resolves.toBe(true);

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect((await watchedState(page)).csp).toEqual([]);

    await notice.getByRole("button", { name: UPDATE_WORDS.reload }).click();
    await page.getByText("Published in the new version.").waitFor({ timeout: 30_000 });
    await expect(page.getByRole("button", { name: UPDATE_WORDS.reload }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });
});
