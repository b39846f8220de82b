import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations, hydrateAll, openPage } from "../support/browser";
import { useSite } from "../support/site";
import { ALL_PAGES, TOOL_PAGES, installWatchers, loadExamples, watchedState } from "../support/watch";

const site = useSite();

/**
 * Every page in both themes: it answers, has one h1, logs no error and passes axe; a page with tools passes axe again
 * with every tool's example loaded (tables, charts and all). The light theme runs every axe rule and uses the search;
 * the dark theme, which changes colours only, runs axe's colour rules. No Content-Security-Policy violation throughout.
 */
describe("every page", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it.each(ALL_PAGES)(
      `%s: one h1, no console errors, no axe violations and no CSP violations in the ${colorScheme} theme`,
      async (path) => {
        const { page, context, problems } = await openPage(site.browser, { colorScheme });
        await page.addInitScript(installWatchers);
        const response = await page.goto(site.url + path);
        expect(response?.status()).toBe(path === "/no-such-page/" ? 404 : 200);
        await hydrateAll(page);
        expect(await page.locator("h1").count()).toBe(1);
        const rules = colorScheme === "light" ? "all" : "colours";
        const empty = await axeViolations(page, rules);
        expect(empty, describeViolations(empty)).toEqual([]);
        if (TOOL_PAGES.includes(path)) {
          await loadExamples(page);
          await hydrateAll(page);
          const filled = await axeViolations(page, rules);
          expect(filled, `with the examples: ${describeViolations(filled)}`).toEqual([]);
        }
        if (colorScheme === "light") {
          await page.getByRole("searchbox", { name: "Search" }).fill("partner");
          await page.locator(".site-search__status", { hasText: "partner" }).waitFor();
        }
        expect((await watchedState(page)).csp).toEqual([]);
        const expected =
          path === "/no-such-page/" ? ["console: Failed to load resource: the server responded with a status of 404 (Not Found)"] : [];
        expect(problems).toEqual(expected);
        await context.close();
      },
    );
  }
});
