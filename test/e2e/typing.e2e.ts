import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hydrateAll, openPage, openWithScriptsHeld } from "../support/browser";
import { useSite } from "../support/site";

const site = useSite();

const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:goals") ?? "null")?.data);

async function addGoal(page: Page, title: string) {
  await page.getByLabel("Goal", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Add goal" }).click();
}

describe("nothing a reader types is lost", () => {
  it("keeps text typed into an existing goal when the tab is reloaded at once", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    await addGoal(page, "Open a market");
    await page.getByText("All changes saved in this browser.").waitFor();
    await page.getByLabel("Owner of goal 1").fill("Market coordinator");
    // The title is typed last and the tab reloaded while it still has the focus: no change event ever fires for it.
    await page.getByLabel("Goal 1 text").press("End");
    await page.getByLabel("Goal 1 text").pressSequentially(" in the park");
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Goal 1 text").inputValue()).resolves.toBe("Open a market in the park");
    await expect(page.getByLabel("Owner of goal 1").inputValue()).resolves.toBe("Market coordinator");
    await context.close();
  });

  it("saves a name pasted with an office line break in a form the next visit reads", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    // Word and PowerPoint put a vertical tab on the clipboard for a line break; loading refuses control characters.
    await page.getByLabel("Your organization").fill("Riverside\u000BFood Bank");
    await expect.poll(async () => (await stored(page))?.organization).toBe("Riverside Food Bank");
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Your organization").inputValue()).resolves.toBe("Riverside Food Bank");
    await expect(page.getByRole("alert").count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps what was typed before the tool started, and saves it once it has", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const { release } = await openWithScriptsHeld(page, `${site.url}/guide/goals/`, (p) => p.getByLabel("Your organization"));
    await page.getByLabel("Your organization").fill("Eastside Food Bank");
    await page.getByLabel("Goal", { exact: true }).fill("Typed before the tool started");
    await page.getByLabel("Priority", { exact: true }).selectOption("high");
    // What each frame paints of the two fields, from now until the tool has started and adopted them.
    await page.evaluate(() => {
      const w = window as unknown as { __painted: string[] };
      w.__painted = [];
      const fields = [...document.querySelectorAll<HTMLInputElement>("#main input[type=text], #main textarea")].filter((f) =>
        ["Eastside Food Bank", "Typed before the tool started"].includes(f.value),
      );
      const sample = () => {
        w.__painted.push(...fields.map((f) => (f.isConnected ? f.value : "(replaced)")));
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    release();
    await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0);
    await expect.poll(async () => (await stored(page))?.organization).toBe("Eastside Food Bank");
    await expect(page.getByLabel("Goal", { exact: true }).inputValue()).resolves.toBe("Typed before the tool started");
    // The typed text never blinks out while the tool takes it over.
    const painted = await page.evaluate(() => (window as unknown as { __painted: string[] }).__painted);
    expect(painted.length).toBeGreaterThan(2);
    expect(new Set(painted)).toEqual(new Set(["Eastside Food Bank", "Typed before the tool started"]));
    await page.getByRole("button", { name: "Add goal" }).click();
    await expect
      .poll(async () => (await stored(page))?.goals?.[0])
      .toMatchObject({ title: "Typed before the tool started", priority: "high" });
    expect(problems).toEqual([]);
    await context.close();
  });

  it("never replaces a field the reader is typing in with another tab's save: it asks, and keeps their text", async () => {
    const { context, page: tabA } = await openPage(site.browser);
    await tabA.goto(`${site.url}/guide/goals/`);
    await hydrateAll(tabA);
    await addGoal(tabA, "Shared goal");
    await tabA.getByText("All changes saved in this browser.").waitFor();
    const tabB = await context.newPage();
    await tabB.goto(`${site.url}/guide/goals/`);
    await hydrateAll(tabB);

    await tabA.getByLabel("Owner of goal 1").pressSequentially("Typed in A");
    await expect.poll(async () => (await stored(tabA))?.goals?.[0]?.owner).toBe("Typed in A");
    await tabB.getByLabel("Owner of goal 1").fill("Saved by B");
    await expect.poll(async () => (await stored(tabB))?.goals?.[0]?.owner).toBe("Saved by B");

    const conflict = tabA.getByRole("alert").filter({ hasText: "changed in another tab" });
    await conflict.waitFor();
    await expect(tabA.getByLabel("Owner of goal 1").inputValue()).resolves.toBe("Typed in A");
    await conflict.getByRole("button", { name: "Keep this tab's version" }).click();
    await expect.poll(async () => (await stored(tabB))?.goals?.[0]?.owner).toBe("Typed in A");
    await context.close();
  });
});
