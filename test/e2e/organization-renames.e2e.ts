import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hydrateAll, openPage, shownText } from "../support/browser";
import { useSite } from "../support/site";

const site = useSite();

async function open(page: Page, path: string) {
  await page.goto(`${site.url}${path}`);
  await hydrateAll(page);
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const offered = (page: Page, list: string) =>
  page.locator(`datalist#${list} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
const storedText = (page: Page, tool: string) => page.evaluate((key) => localStorage.getItem(key) ?? "", `pivotpath:${tool}`);
const ownerCell = (page: Page) =>
  page
    .getByRole("table", { name: /^Risk register/ })
    .locator("tbody tr.risk-row")
    .first()
    .locator("td")
    .nth(1);
const plan = (page: Page) => page.getByRole("table", { name: "M&E plan" });

describe("a name picked from step 2's list follows a rename there", () => {
  it("a risk owner and a KPI's responsible partner picked from step 2's list show the organization's new name", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page, "/guide/partners/");
    await field(page, "Organization").fill("Greenleaf Grocers");
    await page.getByRole("button", { name: "Add organization" }).click();
    await expect.poll(() => storedText(page, "organizations")).toContain("Greenleaf Grocers");

    await open(page, "/guide/risks/");
    await expect.poll(() => offered(page, "risk-owner-options")).toContain("Greenleaf Grocers");
    await field(page, "Risk").fill("Late produce deliveries");
    await field(page, "Owner").fill("Greenleaf Grocers");
    await page.getByRole("button", { name: "Add risk" }).click();
    await expect.poll(() => shownText(ownerCell(page))).toBe("Greenleaf Grocers");

    await open(page, "/guide/evaluation/");
    await expect.poll(() => offered(page, "kpi-partners")).toContain("Greenleaf Grocers");
    await field(page, "KPI name").fill("Pounds of produce delivered");
    await field(page, "Baseline").fill("0");
    await field(page, "Target").fill("5000");
    await field(page, "Start date").fill("2027-03-01");
    await field(page, "Target date").fill("2028-02-29");
    await field(page, "Responsible partner").fill("Greenleaf Grocers");
    await page.getByRole("button", { name: "Add KPI" }).click();
    await expect.poll(() => plan(page).textContent()).toContain("Greenleaf Grocers");
    await expect.poll(() => storedText(page, "kpis")).toContain('"responsibleOrganizationId"');

    await open(page, "/guide/partners/");
    const card = page.getByRole("list", { name: "Your organizations" }).getByRole("listitem").filter({ hasText: "Greenleaf Grocers" });
    await card.getByLabel(/^Name/).fill("Greenleaf Fresh Market");
    await expect.poll(() => storedText(page, "organizations")).toContain("Greenleaf Fresh Market");

    await open(page, "/guide/risks/");
    await expect.poll(() => shownText(ownerCell(page))).toBe("Greenleaf Fresh Market");
    await open(page, "/guide/evaluation/");
    await expect.poll(() => plan(page).textContent()).toContain("Greenleaf Fresh Market");
    expect(await plan(page).textContent()).not.toContain("Greenleaf Grocers");
    expect(problems).toEqual([]);
    await context.close();
  });
});
