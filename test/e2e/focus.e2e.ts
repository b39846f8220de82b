import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations, hydrateAll, openPage } from "../support/browser";
import { expectNoSidewaysScroll, openWithExamples } from "../support/layout";
import { useSite } from "../support/site";
import { settleToolbars } from "../support/watch";

const site = useSite();

/** Where the focus is: "body", or the focused control's text or label and the id of the tool holding it. */
const focus = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body) return "body";
    const label = active instanceof HTMLInputElement ? active.labels?.[0]?.textContent : null;
    const name = active.getAttribute("aria-label") ?? label ?? active.textContent?.trim();
    return `${name} in #${active.closest(".tool")?.id ?? "page"}`;
  });

/** Presses Enter on `button`, as a keyboard reader does, then on the confirmation if the button asks first. */
async function press(page: Page, button: Locator, confirm?: Locator): Promise<void> {
  await button.focus();
  await page.keyboard.press("Enter");
  if (confirm) {
    await expect.poll(() => focus(page)).toMatch(/^Yes, /);
    await page.keyboard.press("Enter");
  }
}

describe("the focus stays with a keyboard reader", () => {
  it("keeps it on Load example, on Clear once there is nothing left to clear, and on Undo when nothing is left to undo", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    const tool = page.locator("#goals-tool");
    await press(page, tool.getByRole("button", { name: "Load example" }));
    await settleToolbars(page);
    await expect.poll(() => focus(page)).toBe("Load example in #goals-tool");

    await press(page, tool.getByRole("button", { name: "Clear" }), tool.getByRole("button", { name: /^Yes, delete all/ }));
    await expect.poll(() => tool.getByRole("button", { name: /^Delete goal / }).count()).toBe(0);
    await expect.poll(() => focus(page)).toBe("Clear in #goals-tool");
    await expect(tool.getByRole("button", { name: "Clear" }).getAttribute("aria-disabled")).resolves.toBe("true");
    // Ctrl+Z reaches the tool from there, and brings the goals back.
    await page.keyboard.press("Control+z");
    await expect.poll(() => tool.getByRole("button", { name: /^Delete goal / }).count()).toBeGreaterThan(0);
    await tool.getByRole("button", { name: "Undo" }).focus();

    // Undo as often as there is anything to undo, and once more: the focus never leaves the button.
    const undo = tool.getByRole("button", { name: "Undo" });
    for (let i = 0; i < 5 && (await undo.getAttribute("aria-disabled")) !== "true"; i++) await page.keyboard.press("Enter");
    await expect.poll(() => undo.getAttribute("aria-disabled")).toBe("true");
    await page.keyboard.press("Enter");
    await expect.poll(() => focus(page)).toBe("Undo in #goals-tool");
    await expect(tool.locator(".history-bar [role=status]").textContent()).resolves.toBe("Nothing to undo.");
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    { path: "/guide/goals/", tool: "#goals-tool", button: /^Delete goal / },
    { path: "/guide/business-case/", tool: "#business-case-tool", button: /^Delete option / },
    { path: "/guide/roles/", tool: "#governance-tool", button: /^Remove / },
    { path: "/guide/community/", tool: "#engagement-tool", button: /^Remove / },
    { path: "/guide/resources/", tool: "#resources", button: "Delete Eastside Food Bank", confirm: /^Yes, delete Eastside/ },
    { path: "/guide/evaluation/", tool: "#kpi-tool", button: /^Delete KPI / },
    { path: "/guide/evaluation/", tool: "#health-check", button: /^Delete the round / },
  ])(
    "puts it on Undo after a row is deleted by keyboard, and Ctrl+Z brings the row back ($tool)",
    async ({ path, tool, button, confirm }) => {
      const { page, context, problems } = await openPage(site.browser);
      await openWithExamples(page, `${site.url}${path}`);
      const section = page.locator(tool);
      const rows = section.getByRole("button", { name: button });
      const before = await rows.count();
      expect(before).toBeGreaterThan(0);
      await press(page, rows.first(), confirm ? section.getByRole("button", { name: confirm }) : undefined);
      await expect.poll(() => rows.count()).toBe(before - 1);
      await expect.poll(() => focus(page)).toBe(`Undo in ${tool}`);
      await page.keyboard.press("Control+z");
      await expect.poll(() => rows.count()).toBe(before);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it("keeps it on a task moved down the RACI list, and on Move up once the task is last", async () => {
    const { page, context } = await openPage(site.browser);
    await openWithExamples(page, `${site.url}/guide/roles/`);
    const raci = page.locator("#raci-tool");
    await raci.getByText(/^Rename, move or remove tasks/).click();
    const moves = raci.getByRole("button", { name: /^Move down/ });
    await expect.poll(() => moves.count()).toBeGreaterThan(1);
    const count = await moves.count();
    const name = (await moves.nth(count - 2).textContent())!.replace("Move down: ", "");
    await press(page, moves.nth(count - 2));
    await expect.poll(() => focus(page)).toBe(`Move up: ${name} in #raci-tool`);
    await expect(
      raci
        .getByRole("button", { name: /^Move up/ })
        .last()
        .textContent(),
    ).resolves.toBe(`Move up: ${name}`);
    await context.close();
  });

  it("says a form's error when Enter is pressed in the field that has it", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    const tool = page.locator("#goals-tool");
    await tool.getByLabel("Goal", { exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => tool.locator("> p[role=status]").textContent()).toBe("Write the goal before adding it.");
    await expect.poll(() => focus(page)).toBe("Goal in #goals-tool");
    await context.close();
  });
});

describe("tools on a 320 px screen", () => {
  it("keep every field and table within the screen, and scrolling tables reachable by keyboard", async () => {
    const { page, context } = await openPage(site.browser, { viewport: { width: 320, height: 640 } });
    for (const path of ["/guide/roles/", "/guide/community/", "/guide/partners/"]) {
      await openWithExamples(page, `${site.url}${path}`);
      await expectNoSidewaysScroll(page, path);
      const sticking = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".tool select, .tool input, .tool textarea")]
          // Fields in a table that scrolls sideways within its own box are meant to reach past the screen.
          .filter((field) => !field.closest(".table-scroll") && field.getBoundingClientRect().width > 0)
          .filter((field) => field.getBoundingClientRect().right > innerWidth + 1)
          .map((field) => `${field.id}: right edge at ${Math.round(field.getBoundingClientRect().right)} px`),
      );
      expect(sticking, path).toEqual([]);
      const violations = await axeViolations(page);
      expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
    }
    // The plan page's table of saved work, with every tool saved.
    await page.goto(`${site.url}/plan/`);
    await hydrateAll(page);
    await page.getByRole("table", { name: "Saved work per step" }).waitFor();
    await expectNoSidewaysScroll(page, "/plan/");
    await context.close();
  });
});
