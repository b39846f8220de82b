import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations, hydrateAll, openPage, openWithScriptsHeld } from "../support/browser";
import { tabAndChoose, tabAndType, tabTo } from "../support/keyboard";
import { useSite } from "../support/site";
import { loadExamples } from "../support/watch";
import { expectNoSidewaysScroll } from "../support/layout";

const site = useSite();
const PAGE = "/guide/roles/";

const stored = (page: Page, tool: string) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null")?.data, `pivotpath:${tool}`);
const cell = (page: Page, name: string) => page.getByRole("button", { name, exact: true });
const checksOf = (page: Page, task: string) =>
  page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: task, exact: true }) })
    .locator(".raci-checks");
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.id);

describe("roles and governance (step 4)", () => {
  it("builds a RACI chart by keyboard alone, the rules said until they are met", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    const raci = page.locator("#raci-tool");
    await raci.getByRole("button", { name: "Load example" }).focus();
    await tabAndType(page, raci.getByLabel("Task", { exact: true }), "Weekly produce order");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Publicity");
    await page.keyboard.press("Enter");
    await tabAndType(page, raci.getByLabel("Person or role", { exact: true }), "Programs director");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Market coordinator");
    await page.keyboard.press("Enter");
    await expect(checksOf(page, "Publicity").textContent()).resolves.toContain("needs exactly one Accountable");
    await expect(checksOf(page, "Publicity").textContent()).resolves.toContain("needs at least one Responsible");

    // The chart is one tab stop: the first cell.
    await tabTo(page, cell(page, "Weekly produce order: Programs director"));
    await page.keyboard.press("a");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("r");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("i");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("R");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("A");
    await expect(focusedName(page)).resolves.toBe("Publicity: Programs director");
    await expect(checksOf(page, "Publicity").textContent()).resolves.toBe("Passes");
    await expect(checksOf(page, "Weekly produce order").textContent()).resolves.toBe("Passes");
    await page.keyboard.press("Delete");
    await expect(checksOf(page, "Publicity").textContent()).resolves.toContain("needs exactly one Accountable");
    await page.keyboard.press("a");
    await expect(checksOf(page, "Publicity").textContent()).resolves.toBe("Passes");

    // Tab leaves the chart at once, to the overload limit.
    await page.keyboard.press("Tab");
    await expect(focusedName(page)).resolves.toBe("raci-overload-limit");
    await expect.poll(async () => (await stored(page, "raci"))?.cells?.length).toBe(4);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("offers the organizations saved on step 2, for a tier member and for a person in the chart", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.addInitScript(() => {
      const data = {
        organizations: [
          { id: "org-greenleaf", name: "Greenleaf Grocers", kind: "business", brings: "", contactRole: "", status: "partner", own: false },
        ],
      };
      if (!localStorage.getItem("pivotpath:organizations"))
        localStorage.setItem(
          "pivotpath:organizations",
          JSON.stringify({ app: "pivotpath", tool: "organizations", version: 1, savedAt: 1, data }),
        );
    });
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    const strategic = page.getByRole("region", { name: "Strategic group" });
    await strategic.getByLabel("Member", { exact: true }).focus();
    await page.keyboard.type("Co-owner");
    await tabAndChoose(page, strategic.getByLabel("Organization", { exact: true }), "Greenleaf", "Greenleaf Grocers");
    await tabTo(page, strategic.getByRole("button", { name: "Add member" }));
    await page.keyboard.press("Enter");
    const raci = page.locator("#raci-tool");
    await raci.getByLabel("Person or role", { exact: true }).focus();
    await page.keyboard.type("Produce manager");
    await tabAndChoose(page, raci.getByLabel("Organization", { exact: true }), "Greenleaf", "Greenleaf Grocers");
    await tabTo(page, raci.getByRole("button", { name: "Add person or role" }));
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await stored(page, "governance"))?.strategic?.members?.[0]?.organizationId).toBe("org-greenleaf");
    await expect.poll(async () => (await stored(page, "raci"))?.people?.[0]?.organizationId).toBe("org-greenleaf");
    await page.reload();
    await hydrateAll(page);
    await expect(
      strategic.getByLabel("Organization of member 1").evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).resolves.toBe("Greenleaf Grocers");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps what was typed before the tools started, and saves it once they have", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const meets = (p: Page) => p.getByRole("region", { name: "Strategic group" }).getByLabel("How often it meets");
    const { release } = await openWithScriptsHeld(page, `${site.url}${PAGE}`, meets);
    await meets(page).fill("Quarterly");
    await page.locator("#raci-tool").getByLabel("Task", { exact: true }).fill("Typed before the chart started");
    release();
    await page.locator("#governance-tool[data-ready]").waitFor();
    await page.locator("#raci-tool[data-ready]").waitFor();
    await expect.poll(async () => (await stored(page, "governance"))?.strategic?.meets).toBe("Quarterly");
    await page.getByRole("button", { name: "Add task" }).click();
    await expect.poll(async () => (await stored(page, "raci"))?.tasks?.[0]?.name).toBe("Typed before the chart started");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps text typed into a tier when the tab is reloaded at once", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    const decides = page.getByRole("region", { name: "Project group" }).getByLabel("What it decides");
    await decides.pressSequentially("Everything else");
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByRole("region", { name: "Project group" }).getByLabel("What it decides").inputValue()).resolves.toBe(
      "Everything else",
    );
    await context.close();
  });

  it("passes axe with the examples loaded, which pass their own checks, and downloads the chart as CSV", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    await loadExamples(page);
    await page.getByText("Every task has exactly one Accountable and at least one Responsible, and nobody is overloaded.").waitFor();
    await expect(page.getByRole("region", { name: "Implementing group" }).getByRole("listitem").count()).resolves.toBe(5);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download the RACI chart (CSV)" }).click();
    let text = "";
    for await (const chunk of await (await download).createReadStream()) text += chunk;
    expect(text).toContain("Weekly produce order and delivery,I,,A,R,,,");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("fits a 360 px phone: the chart scrolls inside its own labelled region, not the page", async () => {
    const { page, context } = await openPage(site.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    await loadExamples(page);
    await cell(page, "Publicity and use of logos: Strategic group").waitFor();
    await expectNoSidewaysScroll(page, "at 360 px");
    const region = page.getByRole("region", { name: "RACI chart: tasks by people and roles" });
    await expect(region.evaluate((el) => el.scrollWidth > el.clientWidth)).resolves.toBe(true);
    // A tap steps the letter on: C → I.
    await cell(page, "Publicity and use of logos: Strategic group").click();
    await expect(cell(page, "Publicity and use of logos: Strategic group").textContent()).resolves.toBe("I");
    await context.close();
  });
});
