import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hydrateAll, openPage } from "../support/browser";
import { useSite } from "../support/site";

const site = useSite();

const FIXTURES = join(import.meta.dirname, "../fixtures");
/** The costing tool's data as it was saved before its partners moved to step 2 (format 1). */
const OLD_COSTING = readFileSync(join(FIXTURES, "resources/v1.json"), "utf8");
/** The same data in the current format, not yet linked to step 2's list. */
const SAME_IN_NEW_FORMAT = (() => {
  const record = JSON.parse(OLD_COSTING) as { version: number; data: { partners: object[] } };
  const partners = record.data.partners.map((p) => ({ ...p, organizationId: null }));
  return JSON.stringify({ ...record, version: 2, data: { ...record.data, partners } });
})();
const PARTNERS = ["Eastside Food Bank", "Harbor City Parks Department", "Greenleaf Grocers"];

async function openWith(page: Page, path: string, stored: string | null) {
  await page.goto(`${site.url}${path}`);
  if (stored !== null) {
    await page.evaluate((text) => localStorage.setItem("pivotpath:resources", text), stored);
    await page.reload();
  }
  await hydrateAll(page);
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const partnerNames = (page: Page) => Promise.all(PARTNERS.map((_, i) => field(page, `Name of partner ${i + 1}`).inputValue()));
/** Every figure of the results, as the reader reads them. */
const figures = (page: Page) => page.getByRole("table", { name: /Cost sharing|method by method|After settlement/ }).allTextContents();

describe("the costing tool's partners on step 2's list", () => {
  it("shows partners saved in the old format on the costing page and on step 2 with the same figures, and takes a rename from step 2", async () => {
    const fresh = await openPage(site.browser);
    await openWith(fresh.page, "/guide/resources/", SAME_IN_NEW_FORMAT);
    await expect.poll(() => partnerNames(fresh.page)).toEqual(PARTNERS);
    const expected = await figures(fresh.page);
    await fresh.context.close();

    const { page, context, problems } = await openPage(site.browser);
    await openWith(page, "/guide/resources/", OLD_COSTING);
    await expect.poll(() => partnerNames(page)).toEqual(PARTNERS);
    expect(expected.join(" ")).toMatch(/Harbor City Parks Department.*\$[\d,]+\.\d\d/);
    expect(await figures(page)).toEqual(expected);

    await openWith(page, "/guide/partners/", null);
    const list = page.getByRole("list", { name: "Your organizations" });
    await expect.poll(() => list.locator(".organization-card__name").allTextContents()).toEqual(PARTNERS);

    const parks = list.getByRole("listitem").filter({ hasText: "Harbor City Parks Department" });
    await parks.getByLabel(/^Name/).fill("Harbor City Parks and Recreation");
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem("pivotpath:organizations") ?? ""))
      .toContain("Harbor City Parks and Recreation");

    await openWith(page, "/guide/resources/", null);
    await expect.poll(() => field(page, "Name of partner 2").inputValue()).toBe("Harbor City Parks and Recreation");
    const renamed = await figures(page);
    expect(renamed.join(" ")).not.toContain("Harbor City Parks Department");
    expect(renamed).toEqual(expected.map((t) => t.replaceAll("Harbor City Parks Department", "Harbor City Parks and Recreation")));
    expect(problems).toEqual([]);
    await context.close();
  });

  it("puts a partner added here on step 2's list even when another tab saves the list at the same moment", async () => {
    const { page: step2, context } = await openPage(site.browser);
    await step2.goto(`${site.url}/guide/partners/`);
    await hydrateAll(step2);
    await step2.getByLabel("Organization", { exact: true }).fill("Alpha Org");
    await step2.getByRole("button", { name: "Add organization" }).click();
    const costing = await context.newPage();
    await costing.goto(`${site.url}/guide/resources/`);
    await hydrateAll(costing);
    // Step 2's tab saves its list while the costing tab's write of the new partner to that list is still waiting.
    await step2.getByLabel("Contact role, row 1").pressSequentially("Director");
    await costing.getByLabel("Partner name").fill("Delta Co");
    await costing.getByRole("button", { name: "Add partner" }).click();
    const listed = () =>
      costing.evaluate(() =>
        (JSON.parse(localStorage.getItem("pivotpath:organizations") ?? "null")?.data?.organizations ?? []).map(
          (o: { name: string }) => o.name,
        ),
      );
    await expect.poll(listed, { timeout: 5_000 }).toEqual(["Alpha Org", "Delta Co"]);
    await expect(costing.getByText(/Removed from step 2's list/).count()).resolves.toBe(0);
    await costing.reload();
    await hydrateAll(costing);
    await expect(costing.getByText(/Removed from step 2's list/).count()).resolves.toBe(0);
    await context.close();
  });

  it("takes the example's organizations off step 2's list again when Load example is undone, and puts them back on Redo", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/partners/`);
    await hydrateAll(page);
    await page.getByLabel("Organization", { exact: true }).fill("Alpha Org");
    await page.getByRole("button", { name: "Add organization" }).click();
    await page.goto(`${site.url}/guide/resources/`);
    await hydrateAll(page);
    const listed = () =>
      page.evaluate(() =>
        (JSON.parse(localStorage.getItem("pivotpath:organizations") ?? "null")?.data?.organizations ?? []).map(
          (o: { name: string }) => o.name,
        ),
      );
    await expect.poll(listed).toEqual(["Alpha Org"]);
    const tool = page.locator("#resources");
    await tool.getByRole("button", { name: "Load example" }).click();
    await expect.poll(async () => (await listed()).length, { timeout: 5_000 }).toBeGreaterThan(1);
    const withExample = await listed();
    expect(withExample[0]).toBe("Alpha Org");
    await tool.getByRole("button", { name: /^Undo/ }).click();
    await expect.poll(listed, { timeout: 5_000 }).toEqual(["Alpha Org"]);
    await tool.getByRole("button", { name: /^Redo/ }).click();
    await expect.poll(listed, { timeout: 5_000 }).toEqual(withExample);
    await expect(page.getByText(/Removed from step 2's list/).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
