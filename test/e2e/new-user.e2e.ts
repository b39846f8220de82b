import { describe, expect, it } from "vitest";
import { SETTLE_MS } from "~/lib/search-client";
import { openPage, shownText } from "../support/browser";
import { useSite } from "../support/site";
import { openWithExamples } from "../support/layout";
import { ALL_PAGES } from "../support/watch";

/** What a new reader tripped over on a first visit, each checked as they would see it. */
const site = useSite();

describe("site frame", () => {
  it("puts a space between the footer's sentence and its link", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/`);
    await expect(page.locator(".site-footer p").first().innerText()).resolves.toContain("unless you export it. Your plan:");
    await context.close();
  });

  it("names the site in every page's title", async () => {
    const { page, context } = await openPage(site.browser);
    for (const path of ALL_PAGES) {
      await page.goto(site.url + path);
      const title = await page.title();
      if (path === "/") expect(title).toMatch(/^PivotPath: /);
      else expect(title, path).toMatch(/ \| PivotPath$/);
    }
    await context.close();
  });

  it.each(["light", "dark"] as const)("shows on screen whether the dark theme is on, starting from a %s system theme", async (system) => {
    const { page, context } = await openPage(site.browser, { colorScheme: system });
    await page.goto(`${site.url}/`);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>("theme-toggle button")?.disabled);
    const looks = () =>
      toggle.evaluate((button) => ({
        pressed: button.getAttribute("aria-pressed"),
        // The switch's track is filled while the dark theme is on.
        filled: getComputedStyle(button.querySelector(".theme-toggle__switch")!).backgroundColor !== "rgba(0, 0, 0, 0)",
      }));
    const on = system === "dark";
    await expect(looks()).resolves.toEqual({ pressed: String(on), filled: on });
    await toggle.click();
    await expect(looks()).resolves.toEqual({ pressed: String(!on), filled: !on });
    await context.close();
  });
});

describe("goals on a 360 px phone", () => {
  it("reads each SMART test as one sentence, “Specific: says…”, in a few lines", async () => {
    const { page, context } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
    await openWithExamples(page, site.url + "/guide/goals/");
    const specific = page.getByRole("checkbox", { name: /^Specific: / }).first();
    const label = specific.locator("xpath=ancestor::label");
    await expect.poll(() => shownText(label), { timeout: 5_000 }).toMatch(/^\s*Specific: says exactly what will change/);
    const lines = await label.evaluate((element) =>
      Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
    );
    expect(lines).toBeLessThanOrEqual(3);
    await context.close();
  });
});

describe("KPI tracker", () => {
  it("says how far ahead or behind from the percentages it shows, and gives expected values in the KPI's unit", async () => {
    const { page, context } = await openPage(site.browser);
    await openWithExamples(page, site.url + "/guide/evaluation/");
    const rows = await page
      .getByRole("table", { name: /^KPI tracker/ })
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? "").replace(/\s+/g, " ").trim())));
    const gaps = rows.filter((cells) => /points|as expected/.test(cells[6] ?? ""));
    expect(gaps.length, JSON.stringify(rows)).toBeGreaterThan(0);
    for (const cells of gaps) {
      const progress = Number(cells[4]?.replace("%", ""));
      const expected = Number(cells[5]?.replace("%", ""));
      const words = cells[6] ?? "";
      const apart = Math.abs(progress - expected);
      if (apart <= 1) expect(words, cells.join(" | ")).toContain("about as expected");
      else expect(words, cells.join(" | ")).toContain(`${apart} points ${progress > expected ? "ahead" : "behind"}`);
    }

    const showTables = page.getByRole("button", { name: /^Table of the \d+ measurements? of KPI/ });
    for (const button of await showTables.all()) await button.click();
    const tables = page.getByRole("table", { name: /^Measurements of KPI/ });
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) {
      const cells = await table
        .locator("tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => ({ actual: tr.children[1]!.textContent ?? "", expected: tr.children[2]!.textContent ?? "" })),
        );
      const decimals = (text: string) => text.match(/[.,](\d+)/)?.[1]?.length ?? 0;
      for (const { actual, expected } of cells) {
        if (expected === "–") continue;
        // The same unit as the measured value beside it ("290 households", "20%"), to the KPI's own precision (at most 2).
        expect(expected.replace(/[\d.,\s-]/g, ""), `${expected} beside ${actual}`).toBe(actual.replace(/[\d.,\s-]/g, ""));
        expect(decimals(expected), `${expected} beside ${actual}`).toBeLessThanOrEqual(2);
      }
    }
    await context.close();
  });
});

describe("search", () => {
  it("searches for the word typed, not its first letters, when keys come a quarter of a second apart", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await page.evaluate(() => {
      const log = { said: [] as string[], typed: [] as { value: string; at: number }[] };
      (window as unknown as { __log: typeof log }).__log = log;
      const status = document.querySelector(".site-search__status")!;
      const input = document.querySelector<HTMLInputElement>(".site-search input")!;
      input.addEventListener("input", () => log.typed.push({ value: input.value.trim(), at: performance.now() }));
      new MutationObserver(() => log.said.push(status.textContent ?? "")).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const box = page.getByRole("searchbox", { name: "Search" });
    await box.click();
    await box.pressSequentially("governance", { delay: 250 });
    await page.locator(".site-search__results a", { hasText: "roles and responsibilities" }).first().waitFor();
    const { said, typed } = await page.evaluate(
      () => (window as unknown as { __log: { said: string[]; typed: { value: string; at: number }[] } }).__log,
    );
    const queries = said.flatMap((text) => [...text.matchAll(/for “([^”]*)”/g)].map((m) => m[1] ?? ""));
    expect(queries).toContain("governance");
    // A loaded machine may stall between two keys; only a query the reader paused on for SETTLE_MS may be searched.
    const pause = (query: string) => {
      const at = typed.findLastIndex((t) => t.value === query);
      return at < 0 ? 0 : (typed[at + 1]?.at ?? Infinity) - typed[at]!.at;
    };
    const unsettled = queries.filter((query) => query !== "governance" && pause(query) < SETTLE_MS);
    expect(unsettled).toEqual([]);
    await context.close();
  });

  it("searches at once on Enter and moves to the first result", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    const box = page.getByRole("searchbox", { name: "Search" });
    await box.fill("governance");
    await box.press("Enter");
    await page.waitForFunction(() => document.activeElement?.closest(".site-search__results") !== null);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("href"))).resolves.toMatch(/^\/guide\//);
    await context.close();
  });
});
