import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { kpisExample } from "~/lib/kpis/kpis-example";
import { risksExample } from "~/lib/risks/risks-example";
import { axeViolations, describeViolations, hydrateAll, openPage, openWithScriptsHeld } from "../support/browser";
import { tabAndType, tabTo } from "../support/keyboard";
import { useSite } from "../support/site";
import { TOOLS, exampleFor } from "../support/examples";
import { docxText } from "../support/docx-text";
import { clickLoadExample } from "../support/watch";

const site = useSite();
const URL = () => `${site.url}/guide/business-case/`;

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:business-case") ?? "null")?.data);
/** The text beside a result's name. */
const result = (page: Page, name: string) =>
  page.locator(".case-results dt", { hasText: name }).locator("xpath=following-sibling::dd[1]").textContent();

/** Saves the worked examples of steps 1, 2, 5, 7 and 8 as their tools would, then reloads. */
async function seedOtherSteps(page: Page) {
  const records = TOOLS.filter((t) => ["goals", "organizations", "risks", "resources", "kpis"].includes(t.id)).map((tool) => [
    `pivotpath:${tool.id}`,
    JSON.stringify({ app: "pivotpath", tool: tool.id, version: tool.version, savedAt: 1, data: exampleFor(tool) }),
  ]);
  await page.evaluate((entries) => entries.forEach(([key, value]) => localStorage.setItem(key!, value!)), records);
  await page.reload();
  await hydrateAll(page);
}

/** The title of the worked example's open risk with the highest residual score (entry order breaks ties). */
const topRisk = risksExample()
  .filter((r) => r.status !== "closed")
  .map((r, i) => ({ r, i, score: r.residualLikelihood * r.residualImpact, inherent: r.likelihood * r.impact }))
  .sort((a, b) => b.score - a.score || b.inherent - a.inherent || a.i - b.i)[0]!.r.title;

/** How many pages a PDF has: one "/Type /Page" object per page (the page tree is "/Type /Pages"). */
const pageCount = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

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
    await expect.poll(() => page.getByLabel("Benefit 1", { exact: true }).inputValue()).toBe("Food costs saved");
    await expect(result(page, "Net benefit")).resolves.toBe("$2,500.50");
    await expect(result(page, "Benefit–cost ratio")).resolves.toBe("1.25");
    await expect(result(page, "Cost per outcome")).resolves.toBe("Not worked out yet: no KPI is chosen as the outcome the cost pays for.");
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

  it("edits a benefit line and a benchmark in place, and keeps the edits after a reload", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(URL());
    await hydrateAll(page);
    await clickLoadExample(page);
    await page.getByLabel("Program", { exact: true }).fill("Eastside Fresh Market, 2024");
    await page.getByRole("button", { name: "Add benchmark" }).click();
    await page.getByLabel("Figure of benchmark 1").pressSequentially("$14 per household");
    await page.getByLabel("Benefit 1", { exact: true }).fill("Food costs saved by east-side households");
    await page.getByLabel("Yearly value of benefit 1").fill("20000");
    await expect.poll(async () => (await stored(page))?.benefits?.[0]?.yearlyValue).toBe(2_000_000);
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Benefit 1", { exact: true }).inputValue()).resolves.toBe("Food costs saved by east-side households");
    await expect(page.getByLabel("Yearly value of benefit 1").inputValue()).resolves.toMatch(/^20,?000(\.00)?$/);
    await expect(page.getByLabel("Figure of benchmark 1").inputValue()).resolves.toBe("$14 per household");
    expect(problems).toEqual([]);
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

  it("makes the Word file only when asked, loading its code then, with the top risks and the KPIs", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(URL());
    await seedOtherSteps(page);
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
    const text = docxText(new Uint8Array(bytes));
    expect(text).toContain("Business case: Riverside Fresh Start");
    expect(text).toContain("Top residual risks");
    expect(text).toContain(topRisk);
    expect(text).toContain(kpisExample().kpis.at(-1)!.name);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("prints the business case on one page, with the top residual risks and the KPIs, on A4 and on Letter", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(URL());
    await seedOtherSteps(page);
    await clickLoadExample(page);
    // The reader's Print, without the browser's dialog; a PDF ends it (afterprint), so each is asked for again.
    await page.evaluate(() => (window.print = () => {}));
    const print = () => page.getByRole("button", { name: "Print", exact: true }).click();
    await print();
    await page.emulateMedia({ media: "print" });
    const printed = await page.locator("main").innerText();
    expect(printed).toContain("The business case on one page");
    expect(printed).toContain(topRisk);
    expect(printed).toContain(kpisExample().kpis.at(-1)!.name);
    expect(printed).toContain("Benefit–cost ratio");
    await expect(page.getByLabel("Problem or opportunity").isVisible()).resolves.toBe(false);
    for (const format of ["A4", "Letter"]) {
      await page.emulateMedia({ media: null });
      await print();
      expect(pageCount(await page.pdf({ format, printBackground: false })), format).toBe(1);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
