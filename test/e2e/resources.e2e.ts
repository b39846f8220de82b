import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { hydrateAll, openPage, openWithScriptsHeld, shownText } from "../support/browser";
import { useSite } from "../support/site";
import { skipToContent, tabAndChoose, tabAndType, tabTo } from "../support/keyboard";
import { clickLoadExample } from "../support/watch";
import { expectNoSidewaysScroll } from "../support/layout";

const site = useSite();

const EASTSIDE = "Eastside Food Bank";
const PARKS = "Harbor City Parks Department";
const GROCER = "Greenleaf Grocers";

async function open(page: Page) {
  await page.goto(`${site.url}/guide/resources/`);
  await hydrateAll(page);
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

async function addPartner(page: Page, name: string) {
  await field(page, "Partner name").fill(name);
  await page.getByRole("button", { name: "Add partner" }).click();
}

async function addCost(page: Page, name: string, amount: string, frequency: string) {
  await field(page, "Cost item").fill(name);
  await field(page, "Amount").fill(amount);
  await field(page, "Frequency").selectOption({ label: frequency });
  await page.getByRole("button", { name: "Add cost" }).click();
}

async function addContribution(page: Page, partner: string, type: string, quantity: string, unitValue: string) {
  await field(page, "Partner").selectOption({ label: partner });
  await field(page, "Type").selectOption({ label: type });
  await field(page, "Quantity").fill(quantity);
  await field(page, "Unit value").fill(unitValue);
  await page.getByRole("button", { name: "Add contribution" }).click();
}

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:resources") ?? "null")?.data);

const results = (page: Page) => page.getByRole("table", { name: /Cost sharing/ });

/** Waits until the partner's row in the results reads: fair share, contributed, balance. */
async function expectRow(table: Locator, partner: string, share: string, contributed: string, balance: string) {
  const row = table.getByRole("row", { name: new RegExp(`^${partner}`) });
  await expect.poll(() => row.locator("td").allTextContents()).toEqual(expect.arrayContaining([share, contributed, balance]));
  const cells = await row.locator("td").allTextContents();
  expect(cells[0]).toBe(share);
  expect(cells[3]).toBe(contributed);
  expect(cells[4]).toBe(balance);
}

describe("resource costing", () => {
  it("takes partners, costs and contributions through the forms, shares by each method, and keeps everything across a reload", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    for (const name of [EASTSIDE, PARKS, GROCER]) await addPartner(page, name);
    await addCost(page, "Market tents", "3000", "One-off");
    await addCost(page, "Coordinator", "1,000", "Monthly");
    await addContribution(page, EASTSIDE, "Cash", "1", "6000");
    // 12.5 hours typed with a decimal comma, at 40.00 an hour: 500.00.
    await addContribution(page, PARKS, "Staff time", "12,5", "40");
    await addContribution(page, GROCER, "Equipment and materials", "10", "250");
    const contributions = page.getByRole("table", { name: "Contributions, valued" });
    await expect(contributions.getByRole("row", { name: new RegExp(`^${PARKS}`) }).textContent()).resolves.toContain("$500.00");

    // No method is chosen until the reader chooses one: no one's share yet.
    await expect(page.getByText(/No cost-sharing method is chosen yet/).count()).resolves.toBe(1);
    await expect(results(page).count()).resolves.toBe(0);
    await page.getByRole("radio", { name: "Equal" }).check();
    // Cost 3,000 + 12 × 1,000 = 15,000; contributed 6,000 + 500 + 2,500 = 9,000; gap 6,000.
    const table = results(page);
    await expectRow(table, EASTSIDE, "$5,000.00", "$6,000.00", "+$1,000.00");
    await expectRow(table, PARKS, "$5,000.00", "$500.00", "-$4,500.00");
    await expectRow(table, GROCER, "$5,000.00", "$2,500.00", "-$2,500.00");
    await expect(page.locator(".resources-totals").textContent()).resolves.toContain("Funding gap$6,000.00");
    const payments = page.getByRole("table", { name: /Payments \(3, the fewest possible\)/ });
    await expect
      .poll(() => shownText(payments.locator("tbody")))
      .toBe([`${PARKS}\tShared budget\t$4,500.00`, `${GROCER}\t${EASTSIDE}\t$1,000.00`, `${GROCER}\tShared budget\t$1,500.00`].join("\n"));

    await page.getByRole("radio", { name: "Proportional" }).check();
    await expect(page.getByRole("alert").filter({ hasText: "Enter a weight for" }).textContent()).resolves.toContain(
      `${EASTSIDE}, ${PARKS}, and ${GROCER}`,
    );
    await expect(results(page).count()).resolves.toBe(0);
    await field(page, `Weight for ${EASTSIDE}`).fill("2");
    await field(page, `Weight for ${PARKS}`).fill("1");
    await field(page, `Weight for ${GROCER}`).fill("1");
    await expectRow(table, EASTSIDE, "$7,500.00", "$6,000.00", "-$1,500.00");
    await expectRow(table, PARKS, "$3,750.00", "$500.00", "-$3,250.00");
    await expectRow(table, GROCER, "$3,750.00", "$2,500.00", "-$1,250.00");

    await page.getByRole("radio", { name: "Custom" }).check();
    await field(page, `Percentage for ${EASTSIDE}`).fill("50");
    await field(page, `Percentage for ${PARKS}`).fill("30");
    await field(page, `Percentage for ${GROCER}`).fill("19,5");
    const error = page.getByRole("alert").filter({ hasText: "percentages add up to" });
    await expect(error.textContent()).resolves.toContain("The percentages add up to 99.5%, not 100%.");
    await expect(results(page).count()).resolves.toBe(0);
    await expect(page.getByRole("table", { name: /method by method/ }).count()).resolves.toBe(0);
    await field(page, `Percentage for ${GROCER}`).fill("20");
    await expectRow(table, EASTSIDE, "$7,500.00", "$6,000.00", "-$1,500.00");
    await expectRow(table, PARKS, "$4,500.00", "$500.00", "-$4,000.00");
    await expectRow(table, GROCER, "$3,000.00", "$2,500.00", "-$500.00");
    const compare = page.getByRole("table", { name: /method by method/ });
    await expect(
      compare
        .getByRole("row", { name: new RegExp(`^${PARKS}`) })
        .locator("td")
        .allTextContents(),
    ).resolves.toEqual(["$5,000.00", "$3,750.00", "$4,500.00"]);

    await page.getByText("All changes saved in this browser.").waitFor();
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByRole("radio", { name: "Custom" }).isChecked()).resolves.toBe(true);
    await expect(field(page, `Percentage for ${GROCER}`).inputValue()).resolves.toBe("20");
    await expect(field(page, `Weight for ${EASTSIDE}`).inputValue()).resolves.toBe("2");
    await expectRow(results(page), PARKS, "$4,500.00", "$500.00", "-$4,000.00");
    await expect(page.getByRole("table", { name: "Budget over 12 months" }).textContent()).resolves.toContain("$15,000.00");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("is worked through by keyboard alone on a 360 px phone: partners, a cost, a contribution, custom shares", async () => {
    const { page, context, problems } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
    await open(page);
    await skipToContent(page);
    await tabTo(page, field(page, "Partner name"), 60);
    await page.keyboard.type(EASTSIDE);
    await page.keyboard.press("Enter");
    // Adding a partner leaves the focus in the name field, ready for the next.
    await page.keyboard.type(PARKS);
    await page.keyboard.press("Enter");
    await tabAndType(page, field(page, "Cost item"), "Market tents");
    await tabAndType(page, field(page, "Amount"), "3000");
    await tabAndChoose(page, field(page, "Frequency"), "One-off");
    await tabTo(page, page.getByRole("button", { name: "Add cost" }));
    await page.keyboard.press("Enter");
    await tabAndChoose(page, field(page, "Partner"), "Harbor", PARKS);
    await tabAndChoose(page, field(page, "Type"), "Cash");
    await tabAndType(page, field(page, "Description"), "Permit fees");
    await tabAndType(page, field(page, "Quantity"), "1");
    await tabAndType(page, field(page, "Unit value"), "1000");
    await page.keyboard.press("Enter");
    const contributions = page.getByRole("table", { name: "Contributions, valued" });
    await expect(contributions.getByRole("row", { name: new RegExp(`^${PARKS}`) }).textContent()).resolves.toContain("$1,000.00");

    // The sharing methods are one radio group: Tab enters it, Space chooses, the arrows move along it.
    await tabTo(page, page.getByRole("radio", { name: "Equal" }));
    await page.keyboard.press("Space");
    // Equal shares of 3,000: 1,500 each; the gap is 3,000 − 1,000.
    await expectRow(results(page), EASTSIDE, "$1,500.00", "$0.00", "-$1,500.00");
    await expectRow(results(page), PARKS, "$1,500.00", "$1,000.00", "-$500.00");
    await expect(page.locator(".resources-totals").textContent()).resolves.toContain("Funding gap$2,000.00");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.getByRole("radio", { name: "Custom" }).isChecked()).resolves.toBe(true);
    await tabAndType(page, field(page, `Percentage for ${EASTSIDE}`), "60");
    await tabAndType(page, field(page, `Percentage for ${PARKS}`), "40");
    await page.keyboard.press("Tab");
    await expectRow(results(page), EASTSIDE, "$1,800.00", "$0.00", "-$1,800.00");
    await expectRow(results(page), PARKS, "$1,200.00", "$1,000.00", "-$200.00");
    await expectNoSidewaysScroll(page, "the page");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("refuses bad amounts at the field and reads a decimal comma", async () => {
    const { page, context } = await openPage(site.browser);
    await open(page);
    await addCost(page, "Printing", "-20", "One-off");
    const amount = field(page, "Amount");
    await expect(amount.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByText("The amount cannot be negative.").isVisible()).resolves.toBe(true);
    await expect(amount.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await addCost(page, "Printing", "1000000000001", "One-off");
    await expect(page.getByText("The amount can be at most 1,000,000,000,000 USD.").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("table", { name: /Budget over/ }).count()).resolves.toBe(0);
    await addCost(page, "Printing", "1.234,5", "One-off");
    await expect(amount.getAttribute("aria-invalid")).resolves.toBeNull();
    await expect(page.getByRole("table", { name: /Budget over/ }).textContent()).resolves.toContain("$1,234.50");
    await context.close();
  });

  it("asks before deleting a partner with contributions, undoes it, and exports CSV", async () => {
    const { page, context } = await openPage(site.browser);
    await open(page);
    await clickLoadExample(page);
    await page.getByRole("button", { name: `Delete ${GROCER}` }).click();
    await page.getByText(`Delete ${GROCER} and its 4 contributions?`).waitFor();
    await page.getByRole("button", { name: `Yes, delete ${GROCER}` }).click();
    await expect(field(page, `Weight for ${GROCER}`).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Undo" }).click();
    await expectRow(results(page), GROCER, "$30,304.56", "$25,800.00", "-$4,504.56");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the sharing result (CSV)" }).click();
    let text = "";
    for await (const chunk of await (await download).createReadStream()) text += chunk;
    const rows = parseCsv(text);
    expect(rows[0]?.slice(0, 7)).toEqual(["Partner", "Method", "Fair share", "Cash", "In kind", "Contributed", "Balance"]);
    expect(rows.find((r) => r[0] === PARKS)?.slice(2, 7)).toEqual(["20203.04", "2500", "16200", "18700", "-1503.04"]);

    const second = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the contributions (CSV)" }).click();
    const file = await second;
    expect(file.suggestedFilename()).toMatch(/^pivotpath-contributions-\d{4}-\d{2}-\d{2}\.csv$/);
    text = "";
    for await (const chunk of await file.createReadStream()) text += chunk;
    const contributions = parseCsv(text);
    expect(contributions[0]?.slice(0, 3)).toEqual(["Partner", "Type", "Description"]);
    expect(contributions).toHaveLength(14);
    await context.close();
  });

  it("draws the charts only when they scroll into view, each with its table", async () => {
    const { page, context } = await openPage(site.browser);
    const chartRequests: string[] = [];
    page.on("request", (request) => {
      if (/chart-setup|-charts\.|chart\.js|\/chart\./i.test(request.url())) chartRequests.push(request.url());
    });
    // Hydrated while the tool is empty, so no chart exists yet; the example puts the charts far below the fold.
    await open(page);
    await clickLoadExample(page);
    // Two frames: time for the charts' visibility observers to report that they are out of view.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await page.locator('#resources figure[data-chart="waiting"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#resources figure.chart:not([data-chart="waiting"])').count()).toBe(0);
    expect(chartRequests).toEqual([]);
    await expect(page.locator("#resources canvas").count()).resolves.toBeGreaterThan(0);
    await page.getByRole("table", { name: "Contributions by partner and type" }).scrollIntoViewIfNeeded();
    await expect.poll(() => chartRequests.length).toBeGreaterThan(0);
    await expect(page.getByRole("table", { name: "Fair share and contributed value per partner" }).textContent()).resolves.toContain(
      "$56,515.20",
    );
    await context.close();
  });

  it("keeps a partner's new name and a percentage typed just before the tab is reloaded", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    await addPartner(page, EASTSIDE);
    await addPartner(page, PARKS);
    await page.getByText("All changes saved in this browser.").waitFor();
    await field(page, `Percentage for ${PARKS}`).pressSequentially("12,5");
    // The name is typed last and the tab reloaded while it has the focus: no change event can have saved it.
    await field(page, "Name of partner 1").press("End");
    await field(page, "Name of partner 1").pressSequentially(" Trust");
    await page.reload();
    await hydrateAll(page);
    await expect(field(page, "Name of partner 1").inputValue()).resolves.toBe(`${EASTSIDE} Trust`);
    await expect(field(page, `Percentage for ${PARKS}`).inputValue()).resolves.toBe("12.5");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps what was typed before the tool started, and saves it once it has", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const { release } = await openWithScriptsHeld(page, `${site.url}/guide/resources/`, (p) => field(p, "Partner name"));
    await field(page, "Partnership term in months").fill("18");
    await field(page, "Value of a volunteer hour").fill("30");
    await field(page, "Partner name").fill(EASTSIDE);
    await field(page, "Cost item").fill("Market tents");
    release();
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    await expect.poll(async () => (await stored(page))?.termMonths).toBe(18);
    await expect.poll(async () => (await stored(page))?.volunteerRate).toBe(3000);
    await expect(field(page, "Partner name").inputValue()).resolves.toBe(EASTSIDE);
    await page.getByRole("button", { name: "Add partner" }).click();
    await expect.poll(async () => (await stored(page))?.partners?.[0]?.name).toBe(EASTSIDE);
    await expect(field(page, "Cost item").inputValue()).resolves.toBe("Market tents");
    expect(problems).toEqual([]);
    await context.close();
  });
});
