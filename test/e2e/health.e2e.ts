import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hydrateAll, openPage, openWithScriptsHeld } from "../support/browser";
import { skipToContent, tabAndType, tabTo } from "../support/keyboard";
import { useSite } from "../support/site";
import { expectNoSidewaysScroll } from "../support/layout";

const site = useSite();

/** Polls a condition; the machine may be slow, so allow it as long as Playwright allows an action. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 100 });

const tool = (page: Page) => page.locator("#health-check");
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:health") ?? "null")?.data);

async function open(page: Page) {
  await page.goto(`${site.url}/guide/evaluation/`);
  await hydrateAll(page);
}

/** The cells of one statement's row in a round's scores table, read again until they are `expected`. */
async function expectRow(page: Page, round: string, statement: string, expected: string[]) {
  const row = tool(page)
    .getByRole("table", { name: new RegExp(`Health check scores, ${round}`) })
    .getByRole("row")
    .filter({ hasText: statement });
  await poll(() => row.getByRole("cell").allTextContents()).toEqual(expected);
}

const choose = (group: Locator, score: string) => group.getByRole("radio", { name: new RegExp(`^${score} `) }).check();

/** One partner, in a browser of its own, answers two statements and exports its answer file. */
async function partnerFile(partner: string, fairness: string, trust: string, dir: string): Promise<string> {
  const { page, context, problems } = await openPage(site.browser);
  await open(page);
  const t = tool(page);
  await t.getByLabel("Round name", { exact: true }).fill("Month 3");
  await t.getByLabel("Round date", { exact: true }).fill("2027-05-31");
  await t.getByRole("button", { name: "Add round" }).click();
  await t.getByLabel("Partner name", { exact: true }).fill(partner);
  await t.getByRole("button", { name: "Add partner" }).click();
  await choose(t.getByRole("group", { name: /^4\. Fair sharing/ }), fairness);
  await choose(t.getByRole("group", { name: /^2\. Trust/ }), trust);
  // The file holds what the panel says was answered, not what a click still on its way would add.
  await t.getByRole("group", { name: new RegExp(`^Answers of ${partner} for Month 3: 2 of 10 answered`) }).waitFor();
  const downloading = page.waitForEvent("download");
  await t.getByRole("button", { name: `Export the answers of ${partner} for Month 3` }).click();
  const path = join(dir, `${partner}.json`);
  await (await downloading).saveAs(path);
  expect(problems).toEqual([]);
  await context.close();
  return path;
}

describe("partnership health check", () => {
  it("merges two partners' exported health-check answers through the file input, keeping every answer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pivotpath-health-"));
    const grocer = await partnerFile("Greenleaf Grocers", "2", "3", dir);
    const parks = await partnerFile("Harbor City Parks Department", "5", "4", dir);

    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    const t = tool(page);
    const input = t.getByLabel("Import answer files", { exact: true });
    await input.setInputFiles({
      name: "plan.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"app":"pivotpath","kind":"workspace","format":1,"exportedAt":"","records":{}}'),
    });
    await t
      .getByRole("alert")
      .filter({ hasText: "plan.json: it is a plan file" })
      .filter({ hasText: "import it on the Your plan page" })
      .waitFor();

    await input.setInputFiles([grocer, parks]);
    await t.getByRole("status").filter({ hasText: "Imported 2 files: 4 answers added" }).waitFor();
    await expectRow(page, "Month 3", "Fair sharing", ["2", "5", "3.5", "3"]);
    await t.getByText(/Fair sharing: 3 points apart \(Greenleaf Grocers 2, Harbor City Parks Department 5\)/).waitFor();

    // The grocer changes its mind later; importing both files again keeps the later answer and says what it replaced.
    await t.getByLabel("Partner answering", { exact: true }).selectOption("Greenleaf Grocers");
    await choose(t.getByRole("group", { name: /^4\. Fair sharing/ }), "3");
    await input.setInputFiles([grocer, parks]);
    await t
      .getByRole("status")
      .filter({ hasText: "Greenleaf Grocers, Month 3, Fair sharing: your 3 was kept; the file's 2 was answered earlier." })
      .waitFor();
    const grocersFairness = async () =>
      ((await stored(page))?.answers as { partner: string; statement: string; score: number }[] | undefined)?.find(
        (a) => a.partner === "Greenleaf Grocers" && a.statement === "fairness",
      )?.score;
    await poll(grocersFairness).toBe(3);
    await page.reload();
    await hydrateAll(page);
    await expectRow(page, "Month 3", "Fair sharing", ["3", "5", "4.0", "2"]);
    await expectRow(page, "Month 3", "Trust", ["3", "4", "3.5", "1"]);
    expect(problems).toEqual([]);
    await context.close();
    // Three browsers in turn: allow for a slow machine.
  }, 180_000);

  it("is worked through by keyboard alone at 200 % zoom: a round, a partner and an answer", async () => {
    // A 1280 × 800 laptop at 200 % zoom lays pages out in 640 × 400 CSS pixels.
    const { page, context, problems } = await openPage(site.browser, { viewport: { width: 640, height: 400 } });
    await open(page);
    const t = tool(page);
    const label = (text: string) => t.getByLabel(text, { exact: true });
    await skipToContent(page);
    // The KPI tracker comes first on the page: Tab goes through it.
    await tabTo(page, label("Round name"), 200);
    await page.keyboard.type("Month 3");
    // Date fields take month, day and year in turn (the browser's en-US order).
    await tabAndType(page, label("Round date"), "05312027");
    await page.keyboard.press("Enter");
    await tabAndType(page, label("Partner name"), "Eastside Food Bank");
    await page.keyboard.press("Enter");
    await tabAndType(page, label("Partner name"), "Greenleaf Grocers");
    await page.keyboard.press("Enter");
    await poll(async () => (await stored(page))?.partners).toEqual(["Eastside Food Bank", "Greenleaf Grocers"]);
    // A statement's answers are one radio group: Tab lands on the checked "Not answered", the arrows move up the scale.
    const fairness = t.getByRole("group", { name: /^4\. Fair sharing/ });
    await tabTo(page, fairness.getByRole("radio", { name: "Not answered" }), 60);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await poll(() => fairness.getByRole("radio", { name: /^4 Agree/ }).isChecked()).toBe(true);
    await t.getByRole("group", { name: /^Answers of Eastside Food Bank for Month 3: 1 of 10 answered/ }).waitFor();
    await poll(async () => (await stored(page))?.answers?.[0]).toMatchObject({ partner: "Eastside Food Bank", score: 4 });
    await expectNoSidewaysScroll(page, "the page");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps an answer given just before the tab is reloaded", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    const t = tool(page);
    await t.getByLabel("Round name", { exact: true }).fill("Month 3");
    await t.getByLabel("Round date", { exact: true }).fill("2027-05-31");
    await t.getByRole("button", { name: "Add round" }).click();
    await t.getByLabel("Partner name", { exact: true }).fill("Eastside Food Bank");
    await t.getByRole("button", { name: "Add partner" }).click();
    await choose(t.getByRole("group", { name: /^7\. Community voice/ }), "2");
    await page.reload();
    await hydrateAll(page);
    await poll(() =>
      t
        .getByRole("group", { name: /^7\. Community voice/ })
        .getByRole("radio", { name: /^2 / })
        .isChecked(),
    ).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps what was typed before the tool started, and adds it once it has", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const { release } = await openWithScriptsHeld(page, `${site.url}/guide/evaluation/`, (p) =>
      tool(p).getByLabel("Round name", { exact: true }),
    );
    const t = tool(page);
    await t.getByLabel("Round name", { exact: true }).fill("Typed early");
    await t.getByLabel("Partner name", { exact: true }).fill("Eastside Food Bank");
    release();
    await page.waitForFunction(() => document.querySelector("astro-island:has(#health-check)")?.hasAttribute("ssr") === false);
    // The field is drawn again as the tool starts, then takes what was typed: poll until it has.
    await poll(() => t.getByLabel("Round name", { exact: true }).inputValue()).toBe("Typed early");
    await t.getByLabel("Round date", { exact: true }).fill("2027-05-31");
    await t.getByRole("button", { name: "Add round" }).click();
    await t.getByRole("button", { name: "Add partner" }).click();
    await poll(async () => (await stored(page))?.rounds?.[0]?.label).toBe("Typed early");
    await poll(async () => (await stored(page))?.partners).toEqual(["Eastside Food Bank"]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("downloads the health check as CSV", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await open(page);
    const t = tool(page);
    await t.getByRole("button", { name: "Load example" }).click();
    await t.getByRole("table", { name: /Health check scores/ }).waitFor();
    const downloading = page.waitForEvent("download");
    await t.getByRole("button", { name: "Download the health check (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^pivotpath-health-check-\d{4}-\d{2}-\d{2}\.csv$/);
    let text = "";
    for await (const chunk of await download.createReadStream()) text += chunk;
    expect(text).toMatch(/Round,Round date,Partner,Shared purpose,/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
