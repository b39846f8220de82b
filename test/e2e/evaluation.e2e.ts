import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeInBothThemes, describeViolations, hydrateAll, openPage, openWithScriptsHeld } from "../support/browser";
import { useSite } from "../support/site";
import { skipToContent, tabAndChoose, tabAndType, tabTo } from "../support/keyboard";
import { clickLoadExample, loadExamples } from "../support/watch";
import { expectNoSidewaysScroll } from "../support/layout";

const site = useSite();

async function open(page: Page) {
  await page.goto(`${site.url}/guide/evaluation/`);
  await hydrateAll(page);
}

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:kpis") ?? "null")?.data);

async function addKpi(
  page: Page,
  fields: { name: string; unit: string; direction: "Increase" | "Decrease"; baseline: string; target: string },
) {
  await page.getByLabel("KPI name", { exact: true }).fill(fields.name);
  await page.getByLabel("Unit", { exact: true }).fill(fields.unit);
  await page.getByLabel("Direction", { exact: true }).selectOption({ label: fields.direction });
  await page.getByLabel("Baseline", { exact: true }).fill(fields.baseline);
  await page.getByLabel("Target", { exact: true }).fill(fields.target);
  await page.getByLabel("Start date", { exact: true }).fill("2027-03-01");
  await page.getByLabel("Target date", { exact: true }).fill("2028-02-29");
  await page.getByRole("button", { name: "Add KPI" }).click();
}

async function addMeasurement(page: Page, kpi: string, date: string, value: string) {
  await page.getByLabel("KPI", { exact: true }).selectOption({ label: kpi });
  await page.getByLabel("Date", { exact: true }).fill(date);
  await page.getByLabel("Actual value", { exact: true }).fill(value);
  await page.getByRole("button", { name: "Add measurement" }).click();
}

/** The tracker row of a KPI as cell texts: baseline, target, latest, progress, expected, status. */
async function trackerRow(page: Page, kpi: string): Promise<string[]> {
  const row = page
    .getByRole("table", { name: /KPI tracker/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: kpi }) });
  return row.getByRole("cell").allTextContents();
}

describe("KPI tracker", () => {
  it("adds KPIs and measurements through the forms, shows progress and status, and keeps them after a reload", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    await addKpi(page, { name: "Households served", unit: "households", direction: "Increase", baseline: "0", target: "400" });
    await addKpi(page, { name: "Travel distance", unit: "miles", direction: "Decrease", baseline: "30", target: "10" });
    await addKpi(page, { name: "Classes held", unit: "classes", direction: "Increase", baseline: "0", target: "40" });
    await addMeasurement(page, "Households served", "2027-06-30", "200");
    await addMeasurement(page, "Travel distance", "2027-09-30", "25");
    await addMeasurement(page, "Classes held", "2028-02-29", "40");
    const expectRows = async () => {
      // 30 June 2027 is 121 of 365 days in: 33% expected. 30 September is 213 days in: 58%.
      await expect
        .poll(async () => (await trackerRow(page, "Households served")).slice(3))
        .toEqual(["50%", "33%", "On track 17 points ahead"]);
      expect((await trackerRow(page, "Travel distance")).slice(3)).toEqual(["25%", "58%", "Off track 33 points behind"]);
      expect((await trackerRow(page, "Classes held")).slice(3)).toEqual(["100%", "100%", "Achieved"]);
    };
    await expectRows();
    await page.getByText("All changes saved in this browser.").waitFor();
    await page.reload();
    await hydrateAll(page);
    await expectRows();
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the KPI tracker (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^pivotpath-kpi-tracker-\d{4}-\d{2}-\d{2}\.csv$/);
    let text = "";
    for await (const chunk of await download.createReadStream()) text += chunk;
    expect(text).toContain("Households served,Output,households,Increase,0,400,2027-03-01,2028-02-29,2027-06-30,200,50,33.2,16.8,On track");
    const measurements = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the measurements (CSV)" }).click();
    expect((await measurements).suggestedFilename()).toMatch(/^pivotpath-measurements-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is worked through by keyboard alone at 200 % zoom: a KPI and a measurement", async () => {
    // A 1280 × 800 laptop at 200 % zoom lays pages out in 640 × 400 CSS pixels.
    const { page, context, problems } = await openPage(site.browser, { viewport: { width: 640, height: 400 } });
    await open(page);
    const label = (text: string) => page.getByLabel(text, { exact: true });
    await skipToContent(page);
    await tabAndType(page, label("KPI name"), "Households served");
    await tabAndType(page, label("Unit"), "households");
    await tabAndChoose(page, label("Direction"), "Increase");
    await tabAndType(page, label("Baseline"), "0");
    await tabAndType(page, label("Target"), "400");
    // Date fields take month, day and year in turn (the browser's en-US order).
    await tabAndType(page, label("Start date"), "03012027");
    await tabAndType(page, label("Target date"), "02292028");
    await expect(label("Target date").inputValue()).resolves.toBe("2028-02-29");
    await tabTo(page, page.getByRole("button", { name: "Add KPI" }));
    await page.keyboard.press("Enter");
    await page.getByText("Added KPI 1, “Households served”.").waitFor();
    await tabAndChoose(page, label("KPI"), "Households", "Households served");
    await tabAndType(page, label("Date"), "06302027");
    await tabAndType(page, label("Actual value"), "200");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await trackerRow(page, "Households served")).slice(3))
      .toEqual(["50%", "33%", "On track 17 points ahead"]);
    await tabTo(page, page.getByRole("button", { name: "Table of the 1 measurement of KPI 1" }), 60);
    await page.keyboard.press("Enter");
    await expect(
      page
        .getByRole("table", { name: /Measurements of KPI 1/ })
        .getByRole("cell")
        .allTextContents(),
    ).resolves.toEqual(["200 households", "133 households", "50%", "", "Delete the measurement of Jun 30, 2027 from KPI 1"]);
    await expectNoSidewaysScroll(page, "the page");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps text typed into a KPI's fields when the tab is reloaded at once", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    await addKpi(page, { name: "Households served", unit: "households", direction: "Increase", baseline: "0", target: "400" });
    await page.getByText("All changes saved in this browser.").waitFor();
    await page.getByRole("button", { name: "Edit KPI 1", exact: true }).click();
    await page.getByLabel("Name of KPI 1").press("End");
    await page.getByLabel("Name of KPI 1").pressSequentially(" per market day");
    await page.getByLabel("Data source of KPI 1").fill("Market sign-in sheets");
    await page.getByLabel("Target of KPI 1").fill("450");
    await page.reload();
    await hydrateAll(page);
    await expect
      .poll(async () => (await stored(page))?.kpis?.[0])
      .toMatchObject({ name: "Households served per market day", source: "Market sign-in sheets", target: 450 });
    await page.getByRole("button", { name: "Edit KPI 1", exact: true }).click();
    await expect(page.getByLabel("Name of KPI 1").inputValue()).resolves.toBe("Households served per market day");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps what was typed before the tool started, and adds the KPI once it has", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const { release } = await openWithScriptsHeld(page, `${site.url}/guide/evaluation/`, (p) => p.getByLabel("KPI name", { exact: true }));
    await page.getByLabel("KPI name", { exact: true }).fill("Typed before the tool started");
    await page.getByLabel("Direction", { exact: true }).selectOption("decrease");
    await page.getByLabel("Baseline", { exact: true }).fill("30");
    await page.getByLabel("Target", { exact: true }).fill("10");
    await page.getByLabel("Start date", { exact: true }).fill("2027-03-01");
    await page.getByLabel("Target date", { exact: true }).fill("2028-02-29");
    release();
    await page.locator("#kpi-tool[data-ready]").waitFor();
    await expect.poll(() => page.getByLabel("KPI name", { exact: true }).inputValue()).toBe("Typed before the tool started");
    await expect.poll(() => page.getByLabel("Target date", { exact: true }).inputValue()).toBe("2028-02-29");
    await page.getByRole("button", { name: "Add KPI" }).click();
    await expect
      .poll(async () => (await stored(page))?.kpis?.[0])
      .toMatchObject({ name: "Typed before the tool started", direction: "decrease", baseline: 30, target: 10, targetDate: "2028-02-29" });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("refuses bad input at the field with a message and flags a contradictory target", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    await page.getByLabel("Baseline", { exact: true }).fill("a lot");
    await page.getByLabel("Start date", { exact: true }).fill("2027-03-01");
    await page.getByLabel("Target date", { exact: true }).fill("2027-02-01");
    await page.getByRole("button", { name: "Add KPI" }).click();
    const name = page.getByLabel("KPI name", { exact: true });
    await expect(name.getAttribute("aria-invalid")).resolves.toBe("true");
    // The form moves the focus to the first invalid field once the messages are drawn.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(await name.getAttribute("id"));
    for (const message of [
      "Give the KPI a name.",
      "Write the baseline as a number, for example 40 or 12.5.",
      "The target date must not be before the start date.",
    ]) {
      await expect(page.getByText(message).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByRole("table", { name: /KPI tracker/ }).count()).resolves.toBe(0);

    await addKpi(page, { name: "Travel distance", unit: "miles", direction: "Decrease", baseline: "1", target: "3" });
    await expect(
      page
        .getByRole("table", { name: /KPI tracker/ })
        .getByText(/should decrease, but its target is above its baseline/)
        .isVisible(),
    ).resolves.toBe(true);
    await addMeasurement(page, "Travel distance", "2300-01-01", "2");
    await expect(page.getByLabel("Date", { exact: true }).getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByText("Enter a date between 1990 and 2100.").isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  // Empty and with the example, the page passes axe in both themes in pages.e2e.ts; here, a KPI open with its measurements.
  it("draws every chart without each one watching the whole page, and redraws them at a new width", async () => {
    const { page, context, problems } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    // Counts observers of every change anywhere in the page: chart.js adds one per chart unless told otherwise.
    await page.addInitScript(() => {
      const counted = window as unknown as { pageWatchers: number };
      counted.pageWatchers = 0;
      const observe = MutationObserver.prototype.observe;
      MutationObserver.prototype.observe = function (target, options) {
        if (target === document && options?.subtree) counted.pageWatchers += 1;
        return observe.call(this, target, options);
      };
    });
    await open(page);
    const watchers = () => page.evaluate(() => (window as unknown as { pageWatchers: number }).pageWatchers);
    const before = await watchers();
    await loadExamples(page);
    const charts = page.locator("figure.chart");
    const count = await charts.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      await charts.nth(i).scrollIntoViewIfNeeded();
      await expect.poll(() => charts.nth(i).getAttribute("data-chart")).toBe("drawn");
    }
    expect(await watchers()).toBe(before);
    const canvas = charts.last().locator("canvas");
    const wide = (await canvas.boundingBox())?.width ?? 0;
    await page.setViewportSize({ width: 400, height: 900 });
    await expect.poll(async () => (await canvas.boundingBox())?.width ?? 0).toBeLessThan(wide);
    await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBeLessThan(wide);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("passes axe in both themes with a KPI open, and fits 360 px", async () => {
    const { page, context, problems } = await openPage(site.browser, { viewport: { width: 360, height: 800 } });
    await open(page);
    await clickLoadExample(page);
    await page
      .getByRole("table", { name: /KPI tracker/ })
      .getByText("Off track")
      .first()
      .waitFor();
    await page.getByRole("button", { name: "Edit KPI 1", exact: true }).click();
    await page.getByRole("button", { name: /^Table of the \d+ measurements of KPI 1$/ }).click();
    await hydrateAll(page);
    await page.locator("canvas").first().waitFor();
    const { light, dark } = await axeInBothThemes(page);
    expect(light, describeViolations(light)).toEqual([]);
    expect(dark, `dark theme: ${describeViolations(dark)}`).toEqual([]);
    await expectNoSidewaysScroll(page, "at 360 px");
    expect(problems).toEqual([]);
    await context.close();
  });
});
