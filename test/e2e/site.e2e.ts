import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { hydrateAll, openPage } from "../support/browser";
import { loadExamples } from "../support/watch";
import { useSite } from "../support/site";

const site = useSite();

describe("navigation", () => {
  it("marks the current step and links to the previous and next steps", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/roles/`);
    const steps = page.getByRole("navigation", { name: "Guide steps" });
    await expect(steps.locator('[aria-current="page"]').textContent()).resolves.toContain("Roles");
    const pager = page.getByRole("navigation", { name: "Previous and next step" });
    await expect(pager.getByRole("link", { name: /Previous: step 3/ }).getAttribute("href")).resolves.toBe("/guide/business-case/");
    await expect(pager.getByRole("link", { name: /Next: step 5/ }).getAttribute("href")).resolves.toBe("/guide/risks/");
    await context.close();
  });

  it("moves focus to the main content from the skip link", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => location.hash)).resolves.toBe("#main");
    await context.close();
  });

  it("remembers the theme chosen with the toggle", async () => {
    const { page, context } = await openPage(site.browser, { colorScheme: "light" });
    await page.goto(`${site.url}/`);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("false");
    await toggle.click();
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset["theme"])).resolves.toBe("dark");
    await expect(page.getByRole("button", { name: "Dark theme" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await context.close();
  });
});

describe("search", () => {
  it("finds the roles step for “governance”, after “/” focuses the box", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await page.keyboard.press("/");
    const box = page.getByRole("searchbox", { name: "Search" });
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type("governance");
    const result = page.locator(".site-search__results a", { hasText: "roles and responsibilities" });
    await result.first().waitFor();
    await expect(result.first().getAttribute("href")).resolves.toMatch(/^\/guide\/roles\/?/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

/** The results the search box shows: each link's address and title, the excerpt's text and its marked words. */
async function shownResults(page: Page) {
  return page.locator(".site-search__results li").evaluateAll((items) =>
    items.map((item) => ({
      url: item.querySelector("a")?.getAttribute("href"),
      title: item.querySelector("a")?.textContent,
      text: item.querySelector("p")?.textContent,
      marked: Array.from(item.querySelectorAll("p mark"), (mark) => mark.textContent),
    })),
  );
}

/**
 * The same, as pagefind's own script gives them for `query` (its excerpt is HTML: read through the page's parser).
 * Written as text: the test runner would rewrite a dynamic import in a function passed to the page.
 */
async function pagefindResults(page: Page, query: string) {
  type Shown = Awaited<ReturnType<typeof shownResults>>;
  return page.evaluate<Shown>(`(async () => {
    const pagefind = await import("/pagefind/pagefind.js");
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    const found = await pagefind.search(${JSON.stringify(query)});
    const pages = await Promise.all(found.results.slice(0, 8).map((r) => r.data()));
    return pages.map((data) => {
      const excerpt = new DOMParser().parseFromString("<p>" + data.excerpt + "</p>", "text/html").body;
      return {
        url: data.url,
        title: data.meta.title,
        text: excerpt.textContent,
        marked: Array.from(excerpt.querySelectorAll("mark"), (mark) => mark.textContent),
      };
    });
  })()`);
}

describe("search without pagefind's script", () => {
  it("finds the same pages with the same excerpts as pagefind's own script, fetching none of it", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/pagefind/") && request.url().endsWith(".js")) scripts.push(request.url());
    });
    await page.goto(`${site.url}/guide/goals/`);
    const box = page.getByRole("searchbox", { name: "Search" });
    const queries = ["governance", "volunteer hours", "Risk matrix!", "fair share", "café"];
    const shown: Awaited<ReturnType<typeof shownResults>>[] = [];
    for (const query of queries) {
      await box.fill(query);
      await page.locator(".site-search__status", { hasText: query }).waitFor();
      shown.push(await shownResults(page));
    }
    expect(scripts).toEqual([]);
    for (const [i, query] of queries.entries()) {
      expect(shown[i]?.length, query).toBeGreaterThan(0);
      expect(shown[i], query).toEqual(await pagefindResults(page, query));
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it("uses pagefind's own script in a browser that cannot unpack the index", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.addInitScript(() => {
      // @ts-expect-error: a browser without it
      delete globalThis.DecompressionStream;
    });
    const script = page.waitForRequest((request) => request.url().endsWith("/pagefind/pagefind.js"));
    await page.goto(`${site.url}/guide/goals/`);
    await page.getByRole("searchbox", { name: "Search" }).fill("governance");
    await script;
    const result = page.locator(".site-search__results a", { hasText: "roles and responsibilities" });
    await result.first().waitFor();
    const shown = await shownResults(page);
    expect(shown.some((item) => item.marked.length > 0)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("tries again on the next search when the index could not be loaded", async () => {
    const { page, context } = await openPage(site.browser);
    await page.route("**/pagefind/pagefind-entry.json*", (route) => route.abort());
    await page.goto(`${site.url}/guide/goals/`);
    const box = page.getByRole("searchbox", { name: "Search" });
    await box.fill("governance");
    const status = page.locator(".site-search__status");
    await status.filter({ hasText: "Search is not available right now" }).waitFor();
    await page.unroute("**/pagefind/pagefind-entry.json*");
    await box.fill("partners");
    await status.filter({ hasText: "for “partners”" }).waitFor();
    await expect(page.locator(".site-search__results a").count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe("charts", () => {
  it.each([
    ["/guide/resources/", "bar-charts", "line-charts"],
    ["/guide/evaluation/", "line-charts", "bar-charts"],
  ])("%s loads the chart.js bundle of its own kind of chart, not the other", async (path, own, other) => {
    const { page, context, problems } = await openPage(site.browser);
    const charts: string[] = [];
    page.on("request", (request) => {
      if (/-charts\.[\w-]+\.js$/.test(request.url())) charts.push(request.url());
    });
    await page.goto(site.url + path);
    await hydrateAll(page);
    await loadExamples(page);
    await hydrateAll(page);
    await expect(page.locator('figure.chart[data-chart="drawn"]').count()).resolves.toBeGreaterThan(0);
    expect(charts.some((url) => url.includes(`/${own}.`))).toBe(true);
    expect(charts.some((url) => url.includes(`/${other}.`))).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("booking", () => {
  it("links every step page to /book/, which adds organization and step only when the reader agrees", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/risks/`);
    const links = page.getByRole("link", { name: "Book a free strategy session" });
    expect(await links.count()).toBe(2);
    await page.evaluate(() =>
      localStorage.setItem(
        "pivotpath:goals",
        JSON.stringify({ app: "pivotpath", tool: "goals", version: 1, savedAt: 1, data: { organization: "Eastside & Co", goals: [] } }),
      ),
    );
    await links.last().click();
    await page.waitForURL(/\/book\/\?step=risks$/);
    const form = page.getByRole("link", { name: /Open the booking form/ });
    await expect(form.getAttribute("rel")).resolves.toBe("noopener noreferrer");
    const bare = await form.getAttribute("href");
    expect(bare).not.toContain("organization");
    await page.getByLabel(/Add my organization's name/).check();
    const shared = new URL((await form.getAttribute("href")) ?? "");
    expect(shared.searchParams.get("organization")).toBe("Eastside & Co");
    expect(shared.searchParams.get("step")).toBe("risks");
    await page.getByLabel(/Add my organization's name/).uncheck();
    await expect(form.getAttribute("href")).resolves.toBe(bare);
    await context.close();
  });
});
