import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations, hydrateAll, openPage } from "../support/browser";
import { useSite } from "../support/site";
import { skipToContent, tabAndChoose, tabAndType, tabTo } from "../support/keyboard";
import { clickLoadExample } from "../support/watch";

const site = useSite();

async function open(page: Page) {
  await page.goto(`${site.url}/guide/evaluation/`);
  await hydrateAll(page);
}

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

/** One partner, in a browser of its own, answers two statements and exports its answer file. */
async function partnerFile(partner: string, fairness: string, trust: string, dir: string): Promise<string> {
  const { page, context, problems } = await openPage(site.browser);
  await open(page);
  await page.getByLabel("Round name", { exact: true }).fill("Month 3");
  await page.getByLabel("Round date", { exact: true }).fill("2027-05-31");
  await page.getByRole("button", { name: "Add round" }).click();
  await page.getByLabel("Partner name", { exact: true }).fill(partner);
  await page.getByRole("button", { name: "Add partner" }).click();
  await page
    .getByRole("group", { name: /^4\. Fair sharing/ })
    .getByRole("radio", { name: new RegExp(`^${fairness} `) })
    .check();
  await page
    .getByRole("group", { name: /^2\. Trust/ })
    .getByRole("radio", { name: new RegExp(`^${trust} `) })
    .check();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: `Export the answers of ${partner} for Month 3` }).click();
  const path = join(dir, `${partner}.json`);
  await (await downloading).saveAs(path);
  expect(problems).toEqual([]);
  await context.close();
  return path;
}

describe("KPI tracker and partnership health check", () => {
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
      expect((await trackerRow(page, "Households served")).slice(3)).toEqual(["50%", "33%", "On track 17 points ahead"]);
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
    const csv = await (await downloading).createReadStream();
    let text = "";
    for await (const chunk of csv) text += chunk;
    expect(text).toContain("Households served,Output,households,Increase,0,400,2027-03-01,2028-02-29,2027-06-30,200,50,33.2,16.8,On track");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is worked through by keyboard alone at 200 % zoom: a KPI, a measurement, a health-check answer", async () => {
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
    await tabAndChoose(page, label("KPI"), "Households", "Households served");
    await tabAndType(page, label("Date"), "06302027");
    await tabAndType(page, label("Actual value"), "200");
    await page.keyboard.press("Enter");
    await expect
      .poll(async () => (await trackerRow(page, "Households served")).slice(3))
      .toEqual(["50%", "33%", "On track 17 points ahead"]);

    await tabAndType(page, label("Round name"), "Month 3");
    await tabAndType(page, label("Round date"), "05312027");
    await page.keyboard.press("Enter");
    await tabAndType(page, label("Partner name"), "Eastside Food Bank");
    await page.keyboard.press("Enter");
    // A statement's answers are one radio group: Tab lands on the checked "Not answered", the arrows move up the scale.
    const fairness = page.getByRole("group", { name: /^4\. Fair sharing/ });
    await tabTo(page, fairness.getByRole("radio", { name: "Not answered" }), 60);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(fairness.getByRole("radio", { name: /^4 Agree/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole("group", { name: /^Answers of Eastside Food Bank for Month 3: 1 of 10 answered/ }).count()).resolves.toBe(
      1,
    );
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);
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

  it("merges two partners' exported health-check answers through the file input, keeping every answer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pivotpath-health-"));
    const grocer = await partnerFile("Greenleaf Grocers", "2", "3", dir);
    const parks = await partnerFile("Harbor City Parks Department", "5", "4", dir);

    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    const input = page.getByLabel("Import answer files", { exact: true });
    await input.setInputFiles({
      name: "junk.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"app":"pivotpath","kind":"workspace"}'),
    });
    await page.getByRole("alert").filter({ hasText: "junk.json: it is not a health check answer file" }).waitFor();

    await input.setInputFiles([grocer, parks]);
    await page.getByRole("status").filter({ hasText: "Imported 2 files: 4 answers added" }).waitFor();
    const scores = page.getByRole("table", { name: /Health check scores, Month 3/ });
    await expect(scores.getByRole("row").filter({ hasText: "Fair sharing" }).getByRole("cell").allTextContents()).resolves.toEqual([
      "2",
      "5",
      "3.5",
      "3",
    ]);
    await expect(
      page.getByText(/Fair sharing: 3 points apart \(Greenleaf Grocers 2, Harbor City Parks Department 5\)/).isVisible(),
    ).resolves.toBe(true);

    // The grocer changes its mind later; importing both files again keeps the later answer and says what it replaced.
    await page.getByLabel("Partner answering", { exact: true }).selectOption("Greenleaf Grocers");
    await page
      .getByRole("group", { name: /^4\. Fair sharing/ })
      .getByRole("radio", { name: /^3 / })
      .check();
    await input.setInputFiles([grocer, parks]);
    await page
      .getByRole("status")
      .filter({ hasText: "Greenleaf Grocers, Month 3, Fair sharing: your 3 was kept; the file's 2 was answered earlier." })
      .waitFor();
    await page.getByText("All changes saved in this browser.").waitFor();
    await page.reload();
    await hydrateAll(page);
    await expect(scores.getByRole("row").filter({ hasText: "Fair sharing" }).getByRole("cell").allTextContents()).resolves.toEqual([
      "3",
      "5",
      "4.0",
      "2",
    ]);
    await expect(scores.getByRole("row").filter({ hasText: "Trust" }).getByRole("cell").allTextContents()).resolves.toEqual([
      "3",
      "4",
      "3.5",
      "1",
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(["light", "dark"] as const)("passes axe in the %s theme, empty and with the example, and fits 360 px", async (colorScheme) => {
    const { page, context, problems } = await openPage(site.browser, { colorScheme, viewport: { width: 360, height: 800 } });
    await open(page);
    let violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await clickLoadExample(page);
    await page
      .getByRole("table", { name: /KPI tracker/ })
      .getByText("Off track")
      .first()
      .waitFor();
    await hydrateAll(page);
    await page.locator("canvas").first().waitFor();
    violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(360);
    expect(problems).toEqual([]);
    await context.close();
  });
});
