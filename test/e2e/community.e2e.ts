import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations, hydrateAll, openPage, openWithScriptsHeld } from "../support/browser";
import { tabAndChoose, tabAndType, tabTo } from "../support/keyboard";
import { useSite } from "../support/site";
import { clickLoadExample } from "../support/watch";

const site = useSite();
const PAGE = "/guide/community/";

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:engagement") ?? "null")?.data);
/** A stakeholder's row of the map: the one whose level select is named for it (a name typed here is a field). */
const mapRow = (page: Page, name: string) =>
  page
    .getByRole("table", { name: "Stakeholder map" })
    .getByRole("row")
    .filter({ has: page.getByLabel(`Engagement level for ${name}`, { exact: true }) });
const quadrantOf = (page: Page, name: string) => mapRow(page, name).locator(".stakeholder-map__quadrant").textContent();

async function addStakeholder(page: Page, name: string, power: string, interest: string) {
  await page.getByLabel("Stakeholder", { exact: true }).fill(name);
  await page.getByLabel("Power", { exact: true }).selectOption(power);
  await page.getByLabel("Interest", { exact: true }).selectOption(interest);
  await page.getByRole("button", { name: "Add stakeholder" }).click();
}

describe("stakeholder map and engagement plan (step 6)", () => {
  it("maps stakeholders, plans and logs through their labels, and finds everything after a reload", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    await addStakeholder(page, "Tenant boards", "4", "5");
    await addStakeholder(page, "Council member", "5", "2");
    await expect(quadrantOf(page, "Tenant boards")).resolves.toBe("Manage closely");
    await expect(quadrantOf(page, "Council member")).resolves.toBe("Keep satisfied");
    await page.getByLabel("Engagement level for Council member").selectOption("inform");

    await page.getByLabel("Decision or topic", { exact: true }).fill("Class times");
    await page.getByRole("checkbox", { name: "Tenant boards" }).check();
    await page.getByLabel("Level", { exact: true }).selectOption("consult");
    await page.getByLabel("When", { exact: true }).fill("2020-02-10");
    await page.getByRole("button", { name: "Add to the plan" }).click();
    await expect(page.getByRole("table", { name: "Engagement plan" }).textContent()).resolves.toContain("Overdue");

    await page.getByLabel("You said", { exact: true }).fill("Can the market take WIC vouchers?");
    await page.getByLabel("Received", { exact: true }).fill("2027-02-10");
    await page.getByRole("button", { name: "Log feedback" }).click();
    await page.getByText("1 open item waits for a response.").waitFor();
    await page.getByText("All changes saved in this browser.").waitFor();

    await page.reload();
    await hydrateAll(page);
    await expect(quadrantOf(page, "Tenant boards")).resolves.toBe("Manage closely");
    await expect(page.getByLabel("Engagement level for Council member").inputValue()).resolves.toBe("inform");
    await expect(page.getByLabel("Engagement level for Tenant boards").inputValue()).resolves.toBe("collaborate");
    await expect(
      page
        .getByRole("group", { name: "Power and interest grid" })
        .getByRole("button", { name: /^Council member:/ })
        .getAttribute("aria-label"),
    ).resolves.toBe("Council member: power 5, interest 2, Keep satisfied");
    await expect(page.getByLabel("Decision or topic 1", { exact: true }).inputValue()).resolves.toBe("Class times");
    await expect(page.getByLabel("You said, entry 1", { exact: true }).inputValue()).resolves.toBe("Can the market take WIC vouchers?");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("adds a stakeholder and chooses its level by keyboard alone", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    const tool = page.locator("#engagement-tool");
    await tool.getByRole("button", { name: "Load example" }).focus();
    await tabAndType(page, tool.getByLabel("Stakeholder", { exact: true }), "Residents");
    await tabAndChoose(page, tool.getByLabel("Power", { exact: true }), "2");
    await tabAndChoose(page, tool.getByLabel("Interest", { exact: true }), "5");
    await tabTo(page, tool.getByRole("button", { name: "Add stakeholder" }));
    await page.keyboard.press("Enter");
    await expect(quadrantOf(page, "Residents")).resolves.toBe("Keep informed");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("engagement-new-name");
    // On the drawn grid, the arrow keys move the stakeholder: up twice for power, left once for interest.
    const grid = tool.getByRole("group", { name: "Power and interest grid" });
    await tabTo(page, grid.getByRole("button", { name: /^Residents:/ }));
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowLeft");
    await expect(grid.getByRole("button", { name: "Residents: power 4, interest 4, Manage closely" }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe(
      "Residents: power 4, interest 4, Manage closely",
    );
    await expect(quadrantOf(page, "Residents")).resolves.toBe("Manage closely");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    await expect(quadrantOf(page, "Residents")).resolves.toBe("Keep informed");
    await tabAndChoose(page, tool.getByLabel("Engagement level for Residents"), "Collab", "Collaborate");
    await expect.poll(async () => (await stored(page))?.stakeholders?.[0]?.level).toBe("collaborate");
    await tabTo(page, tool.getByRole("button", { name: "Use the suggestion for Residents" }));
    await page.keyboard.press("Enter");
    await expect(tool.getByLabel("Engagement level for Residents").inputValue()).resolves.toBe("involve");
    await context.close();
  });

  it("moves a stakeholder by dragging it to another cell of the grid, and a click leaves it in place", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    await addStakeholder(page, "Residents", "2", "5");
    const marker = page.getByRole("group", { name: "Power and interest grid" }).getByRole("button", { name: /^Residents:/ });
    await marker.click();
    await expect(quadrantOf(page, "Residents")).resolves.toBe("Keep informed");
    const from = await marker.boundingBox();
    // The cell of power 5 and interest 1, top left: the grid's geometry, not something a reader names.
    const to = await page.locator('.pi-grid__cell[data-power="5"][data-interest="1"]').boundingBox();
    if (!from || !to) throw new Error("The grid is not drawn");
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect(quadrantOf(page, "Residents")).resolves.toBe("Keep satisfied");
    await expect(marker.getAttribute("aria-label")).resolves.toBe("Residents: power 5, interest 1, Keep satisfied");
    await expect.poll(async () => (await stored(page))?.stakeholders?.[0]).toMatchObject({ power: 5, interest: 1 });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps a stakeholder typed before the tool started, and saves it once it has", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const { release } = await openWithScriptsHeld(page, `${site.url}${PAGE}`, (p) => p.getByLabel("Stakeholder", { exact: true }));
    await page.getByLabel("Stakeholder", { exact: true }).fill("Typed before the tool started");
    await page.getByLabel("Power", { exact: true }).selectOption("5");
    release();
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    await expect.poll(() => page.getByLabel("Stakeholder", { exact: true }).inputValue()).toBe("Typed before the tool started");
    await expect(page.getByLabel("Power", { exact: true }).inputValue()).resolves.toBe("5");
    await page.getByRole("button", { name: "Add stakeholder" }).click();
    await expect
      .poll(async () => (await stored(page))?.stakeholders?.[0])
      .toMatchObject({ name: "Typed before the tool started", power: 5 });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps a response typed into the log when the tab is reloaded at once", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    await page.getByLabel("You said", { exact: true }).fill("Classes in Spanish, please.");
    await page.getByLabel("Received", { exact: true }).fill("2027-01-28");
    await page.getByRole("button", { name: "Log feedback" }).click();
    await page.getByText("All changes saved in this browser.").waitFor();
    await page.getByLabel("We did, for entry 1").pressSequentially("Every other series in Spanish");
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("We did, for entry 1").inputValue()).resolves.toBe("Every other series in Spanish");
    await context.close();
  });

  it("passes axe with the example loaded, and downloads the stakeholder map as CSV", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    await clickLoadExample(page);
    await expect(quadrantOf(page, "Harbor Community Foundation")).resolves.toBe("Manage closely");
    await page.getByText("1 open item waits for a response.").waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the stakeholder map (CSV)" }).click();
    let text = "";
    for await (const chunk of await (await download).createReadStream()) text += chunk;
    expect(text.split("\n")[0]).toContain("Quadrant");
    expect(text).toContain("Harbor Community Foundation");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("edits a stakeholder, a plan row and a log entry in place, and keeps the edits after a reload", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    await clickLoadExample(page);
    await page.getByText("1 open item waits for a response.").waitFor();
    await page.getByText("All changes saved in this browser.").waitFor();
    const named = (await stored(page)).stakeholders.findIndex((s: { organizationId: string }) => s.organizationId === "");
    expect(named).toBeGreaterThanOrEqual(0);
    expect(named).toBeLessThan(10);
    await page.getByLabel(`Name of stakeholder ${named + 1}`, { exact: true }).fill("Riverside Gazette");
    await page.getByLabel("Decision or topic 1", { exact: true }).fill("Market days and hours");
    await page.getByLabel("Owner of plan row 1", { exact: true }).fill("Market coordinator");
    await page.getByLabel("From, entry 1", { exact: true }).fill("Town hall, February");
    await expect.poll(async () => (await stored(page))?.feedback?.[0]?.from).toBe("Town hall, February");
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Engagement level for Riverside Gazette").count()).resolves.toBe(1);
    await expect(page.getByLabel("Decision or topic 1", { exact: true }).inputValue()).resolves.toBe("Market days and hours");
    await expect(page.getByLabel("Owner of plan row 1", { exact: true }).inputValue()).resolves.toBe("Market coordinator");
    await expect(page.getByLabel("From, entry 1", { exact: true }).inputValue()).resolves.toBe("Town hall, February");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("prints the whole log and every table as text, not only the page of the log shown", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    await clickLoadExample(page);
    await page.getByText("1 open item waits for a response.").waitFor();
    await page.getByText("All changes saved in this browser.").waitFor();
    // More entries than a page of the log shows, saved as the tool saves them.
    await page.evaluate(() => {
      const record = JSON.parse(localStorage.getItem("pivotpath:engagement")!);
      const more = Array.from({ length: 30 }, (_, i) => ({
        id: `printed-${i + 1}`,
        what: `Printed entry ${i + 1}`,
        from: "",
        date: "2027-03-01",
        response: "",
        status: "open",
      }));
      record.data.feedback.push(...more);
      localStorage.setItem("pivotpath:engagement", JSON.stringify(record));
    });
    await page.reload();
    await hydrateAll(page);
    const data = await stored(page);
    expect(data.feedback.length).toBeGreaterThan(30);
    await page.getByLabel("You said, entry 1", { exact: true }).waitFor();
    await expect(page.getByLabel(`You said, entry ${data.feedback.length}`, { exact: true }).count()).resolves.toBe(0);
    await page.emulateMedia({ media: "print" });
    const printout = page.locator(".engagement-printout");
    const log = printout.getByRole("table", { name: "You said, we did" });
    await expect.poll(() => log.getByRole("row").count()).toBe(data.feedback.length + 1);
    await expect(log.textContent()).resolves.toContain("Printed entry 30");
    await expect(printout.getByRole("table", { name: "Engagement plan" }).getByRole("row").count()).resolves.toBe(data.plan.length + 1);
    await expect(printout.getByRole("table", { name: "Stakeholder map" }).getByRole("row").count()).resolves.toBe(
      data.stakeholders.length + 1,
    );
    await expect(page.locator("#engagement-tool .engagement-screen").first().isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: null });
    await expect.poll(() => printout.getByRole("table").count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
