import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEFAULT_CRITERIA } from "~/lib/scorecard/scorecard-tool";
import { axeViolations, describeViolations, hydrateAll, openPage, openWithScriptsHeld } from "../support/browser";
import { skipToContent, tabAndChoose, tabAndType, tabTo } from "../support/keyboard";
import { useSite } from "../support/site";
import { loadExamples } from "../support/watch";
import { expectNoSidewaysScroll } from "../support/layout";

const site = useSite();

const stored = (page: Page, tool: string) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null")?.data, `pivotpath:${tool}`);

async function open(page: Page) {
  await page.goto(`${site.url}/guide/partners/`);
  await hydrateAll(page);
}

async function addOrganization(page: Page, name: string) {
  await page.getByLabel("Organization", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Add organization" }).click();
}

const DEFAULT_NAMES = DEFAULT_CRITERIA.map((c) => c.name);

/** The ranking's rows as [rank, organization, weighted score, standing]. */
async function ranking(page: Page): Promise<string[][]> {
  const rows = page.getByRole("table", { name: "Partner ranking" }).locator("tbody tr");
  return rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent?.trim() ?? "")));
}

describe("partners page: organizations and scorecard", () => {
  it("enters three organizations, scores them, and ranks them, excluding one on a non-negotiable", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    for (const name of ["Greenleaf Grocers", "Harbor City Parks", "Valley Fresh"]) await addOrganization(page, name);
    await page.getByLabel("Criterion", { exact: true }).fill("Keeps our name visible");
    await page.getByRole("checkbox", { name: "Non-negotiable", exact: true }).check();
    await page.getByRole("button", { name: "Add criterion" }).click();
    const scores: Record<string, number[]> = {
      "Greenleaf Grocers": [5, 4, 5, 4, 4, 5],
      "Harbor City Parks": [5, 5, 4, 4, 3, 3],
      "Valley Fresh": [5, 5, 5, 5, 5, 5],
    };
    for (const [org, row] of Object.entries(scores)) {
      for (const [i, criterion] of DEFAULT_NAMES.entries()) {
        await page.getByLabel(`${criterion} score for ${org}`, { exact: true }).selectOption(String(row[i]));
      }
    }
    await page.getByRole("checkbox", { name: "Keeps our name visible met by Greenleaf Grocers" }).check();
    await page.getByRole("checkbox", { name: "Keeps our name visible met by Harbor City Parks" }).check();
    const expected = [
      ["1", "Greenleaf Grocers", "4.50", "Ranked"],
      ["2", "Harbor City Parks", "4.00", "Ranked"],
      ["Excluded", "Valley Fresh", "5.00", "Excluded: does not meet “Keeps our name visible”"],
    ];
    await expect.poll(() => ranking(page)).toEqual(expected);
    await page.getByText("All changes saved in this browser.").first().waitFor();
    await expect.poll(async () => (await stored(page, "scorecard"))?.scores?.length).toBe(18);
    await page.reload();
    await hydrateAll(page);
    await expect.poll(() => ranking(page)).toEqual(expected);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is worked through by keyboard alone on a 360 px phone: organizations, a criterion and scores", async () => {
    const { page, context, problems } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
    await open(page);
    const label = (text: string) => page.getByLabel(text, { exact: true });
    await skipToContent(page);
    await tabAndType(page, label("Organization"), "Greenleaf Grocers");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("new-organization-name");
    await page.keyboard.type("Harbor City Parks");
    await tabAndChoose(page, label("Kind"), "Public", "Public agency");
    await tabAndChoose(page, label("Status"), "Shortlisted");
    await tabTo(page, page.getByRole("button", { name: "Add organization" }));
    await page.keyboard.press("Enter");
    await tabTo(page, label("Criterion"), 80);
    await page.keyboard.type("Open on Saturdays");
    await tabAndType(page, label("Weight"), "2");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("rowheader", { name: "Open on Saturdays" }).isVisible()).resolves.toBe(true);
    await tabTo(page, label("Mission fit score for Greenleaf Grocers"), 40);
    await page.keyboard.type("5");
    for (const criterion of [...DEFAULT_NAMES, "Open on Saturdays"]) {
      await tabTo(page, label(`${criterion} score for Harbor City Parks`), 40);
      await page.keyboard.type("4");
    }
    await expect
      .poll(() => ranking(page))
      .toEqual([
        ["1", "Harbor City Parks", "4.00", "Ranked"],
        ["–", "Greenleaf Grocers", "Not fully scored", expect.stringMatching(/^Not fully scored: “Capacity to deliver”/)],
      ]);
    await tabAndChoose(page, label("Insurance certificates: status for Harbor City Parks"), "Done", "Done");
    await expect(page.getByRole("table", { name: /Due diligence for Harbor City Parks: 1 of 8 done/ }).isVisible()).resolves.toBe(true);
    await expectNoSidewaysScroll(page, "the page");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps an organization's name typed before the tool started, and adds it once it has", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const { release } = await openWithScriptsHeld(page, `${site.url}/guide/partners/`, (p) =>
      p.getByLabel("Organization", { exact: true }),
    );
    await page.getByLabel("Organization", { exact: true }).fill("Typed before the tool started");
    await page.getByLabel("Criterion", { exact: true }).fill("Reach");
    release();
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    // The field kit takes the typed text as the reader's edit once the tool has started (its field is redrawn meanwhile).
    await page.locator("#organizations-tool[data-ready]").waitFor();
    await expect.poll(() => page.getByLabel("Organization", { exact: true }).inputValue()).toBe("Typed before the tool started");
    await expect.poll(() => page.getByLabel("Criterion", { exact: true }).inputValue()).toBe("Reach");
    await page.getByRole("button", { name: "Add organization" }).click();
    await page.getByRole("button", { name: "Add criterion" }).click();
    await expect.poll(async () => (await stored(page, "organizations"))?.organizations?.[0]?.name).toBe("Typed before the tool started");
    await expect.poll(async () => (await stored(page, "scorecard"))?.criteria?.at(-1)?.name).toBe("Reach");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps text typed into an organization's card when the tab is reloaded at once", async () => {
    const { page, context } = await openPage(site.browser);
    await open(page);
    await addOrganization(page, "Greenleaf");
    await page.getByText("All changes saved in this browser.").first().waitFor();
    await page.getByLabel("Contact role, row 1").fill("Produce manager");
    const name = page.getByLabel("Name, row 1", { exact: true });
    await name.press("End");
    await name.pressSequentially(" Grocers");
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Name, row 1", { exact: true }).inputValue()).resolves.toBe("Greenleaf Grocers");
    await expect(page.getByLabel("Contact role, row 1").inputValue()).resolves.toBe("Produce manager");
    await context.close();
  });

  it("keeps the space before a word the reader retypes at the end of a name", async () => {
    const { page, context } = await openPage(site.browser);
    await open(page);
    await addOrganization(page, "Greenleaf Grocers");
    const name = page.getByLabel("Name, row 1", { exact: true });
    await name.press("End");
    for (let i = 0; i < "Grocers".length; i++) await name.press("Backspace");
    await expect(name.inputValue()).resolves.toBe("Greenleaf ");
    await name.pressSequentially("Market");
    await expect(name.inputValue()).resolves.toBe("Greenleaf Market");
    await expect.poll(async () => (await stored(page, "organizations"))?.organizations?.[0]?.name).toBe("Greenleaf Market");
    await context.close();
  });

  it("shows the worked example ranked, with the excluded candidate last, and passes axe", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    await loadExamples(page);
    await expect
      .poll(() => ranking(page))
      .toEqual([
        ["1", "Greenleaf Grocers", "4.40", "Ranked"],
        ["2", "Harbor City Parks Department", "4.00", "Ranked"],
        ["3", "East Harbor Health Center", "3.60", "Ranked"],
        ["4", "Harbor City Farmers Market Association", "3.20", "Ranked"],
        ["5", "Harbor City Public Schools", "3.00", "Ranked"],
        ["Excluded", "Valley Fresh Supermarkets", "3.80", "Excluded: does not meet “Keeps Eastside's name visible on food-help services”"],
      ]);
    await expect(page.getByRole("table", { name: /Due diligence for Greenleaf Grocers: 3 of 8 done/ }).isVisible()).resolves.toBe(true);
    await page.locator("#scorecard-tool .chart").scrollIntoViewIfNeeded();
    await page.locator('#scorecard-tool [data-chart="drawn"]').waitFor();
    await expect(page.getByRole("img", { name: /Bar chart of the ranked candidates' weighted scores/ }).count()).resolves.toBe(1);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
