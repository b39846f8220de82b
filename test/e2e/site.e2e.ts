import { describe, expect, it } from "vitest";
import { openPage } from "../support/browser";
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
