import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { resourcesExample } from "~/lib/resources/resources-example";
import { axeViolations, describeViolations, hydrateAll, openPage, openWithScriptsHeld } from "../support/browser";
import { tabAndType, tabTo } from "../support/keyboard";
import { useSite } from "../support/site";
import { clickLoadExample } from "../support/watch";

const site = useSite();
const URL = () => `${site.url}/guide/business-case/`;

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:business-case") ?? "null")?.data);
/** The text beside a result's name. */
const result = (page: Page, name: string) =>
  page.locator(".case-results dt", { hasText: name }).locator("xpath=following-sibling::dd[1]").textContent();

/** Saves steps 7 and 8's worked examples as their tools would, then reloads. */
async function seedOtherSteps(page: Page) {
  const records = [
    ["kpis", kpisExample()],
    ["resources", resourcesExample()],
  ].map(([tool, data]) => [`pivotpath:${tool as string}`, JSON.stringify({ app: "pivotpath", tool, version: 1, savedAt: 1, data })]);
  await page.evaluate((entries) => entries.forEach(([key, value]) => localStorage.setItem(key!, value!)), records);
  await page.reload();
  await hydrateAll(page);
}

describe("business case builder", () => {
  it("can be filled in with the keyboard alone, and works out the results", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(URL());
    await hydrateAll(page);
    await expect(page.getByRole("group", { name: /Option 1: Do nothing/ }).isVisible()).resolves.toBe(true);
    await tabAndType(page, page.getByLabel("Problem or opportunity"), "No grocery store within a mile");
    await tabAndType(page, page.getByLabel("Purpose", { exact: true }), "A weekly market in the park");
    await tabAndType(page, page.getByLabel("Option", { exact: true }), "Weekly market");
    await page.keyboard.press("Enter");
    await page.getByRole("group", { name: /Option 2: Weekly market/ }).waitFor();
    await tabTo(page, page.getByRole("radio", { name: "None chosen yet" }));
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.getByRole("group", { name: /Option 2: Weekly market \(chosen\)/ }).waitFor();
    for (const label of ["Strength", "Weakness", "Opportunity", "Threat"]) {
      await tabAndType(page, page.getByLabel(label, { exact: true }), `A ${label.toLowerCase()}`);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.getByLabel(`${label} 1`, { exact: true }).inputValue()).toBe(`A ${label.toLowerCase()}`);
    }
    await tabAndType(page, page.getByLabel("Total cost"), "10000");
    await tabAndType(page, page.getByLabel("Benefit", { exact: true }), "Food costs saved");
    await tabAndType(page, page.getByLabel("Yearly value"), "12500.50");
    await tabAndType(page, page.getByLabel("Basis", { exact: true }), "Store prices less market prices");
    await page.keyboard.press("Enter");
    await page.getByRole("row", { name: /Food costs saved/ }).waitFor();
    await expect(result(page, "Net benefit")).resolves.toBe("$2,500.50");
    await expect(result(page, "Benefit–cost ratio")).resolves.toBe("1.25");
    await expect(result(page, "Cost per outcome")).resolves.toBe("Choose the KPI whose change the cost pays for.");
    await expect.poll(async () => (await stored(page))?.benefits?.length).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps what was typed when the tab is reloaded at once", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(URL());
    await hydrateAll(page);
    await page.getByLabel("Strength", { exact: true }).fill("Trusted food bank");
    await page.getByRole("button", { name: "Add strength" }).click();
    await page.getByLabel("Purpose", { exact: true }).pressSequentially("Typed then reloaded");
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Purpose", { exact: true }).inputValue()).resolves.toBe("Typed then reloaded");
    await expect(page.getByLabel("Strength 1", { exact: true }).inputValue()).resolves.toBe("Trusted food bank");
    await context.close();
  });

  it("keeps what was typed before the tool started, and saves it once it has", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const { release } = await openWithScriptsHeld(page, URL(), (p) => p.getByLabel("Problem or opportunity"));
    await page.getByLabel("Problem or opportunity").fill("Typed before the tool started");
    await page.getByLabel("Option", { exact: true }).fill("Mobile van");
    release();
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    await expect.poll(async () => (await stored(page))?.problem).toBe("Typed before the tool started");
    await page.getByRole("button", { name: "Add option" }).click();
    await expect
      .poll(async () => (await stored(page))?.options?.map((o: { name: string }) => o.name))
      .toEqual(["Do nothing", "Mobile van"]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("reads step 8's KPIs and step 7's total, and passes axe with the example loaded", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(URL());
    await seedOtherSteps(page);
    await clickLoadExample(page);
    const kpi = page.getByLabel("Outcome KPI");
    await expect(kpi.locator("option").count()).resolves.toBe(kpisExample().kpis.length + 1);
    await expect(kpi.inputValue()).resolves.toBe("example-kpi-1");
    await expect(result(page, "Cost per outcome")).resolves.toMatch(/^\$[\d,.]+ per unit of change in “Different households/);
    await expect(result(page, "Benefit–cost ratio")).resolves.toMatch(/^\d+\.\d\d$/);
    await expect(page.getByText("Taken from step 7's costing.").isVisible()).resolves.toBe(true);
    await page.getByLabel("Total cost").fill("1000");
    await page.getByRole("button", { name: "Use step 7's total" }).click();
    await expect(page.getByText("Taken from step 7's costing.").isVisible()).resolves.toBe(true);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("makes the Word file only when asked, loading its code then", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(URL());
    await hydrateAll(page);
    await clickLoadExample(page);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the business case (Word)" }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^pivotpath-business-case-\d{4}-\d\d-\d\d\.docx$/);
    expect(scripts.length).toBeGreaterThan(0);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    // A .docx is a zip whose entry names are stored as plain text.
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.toString("latin1")).toContain("word/document.xml");
    expect(problems).toEqual([]);
    await context.close();
  });
});
