import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { downloaded, hydrateAll, openPage } from "../support/browser";
import { useSite } from "../support/site";

const site = useSite();

async function addGoal(page: Page, title: string) {
  await page.getByLabel("Goal", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Add goal" }).click();
}

const goalTitles = (page: Page) => page.locator(".goal-card__title").allTextContents();

describe("two tabs on the same tool", () => {
  it("shows each tab's saved edits in the other, and never overwrites newer data silently", async () => {
    const { context, page: tabA } = await openPage(site.browser);
    await tabA.goto(`${site.url}/guide/goals/`);
    await hydrateAll(tabA);
    const tabB = await context.newPage();
    await tabB.goto(`${site.url}/guide/goals/`);
    await hydrateAll(tabB);

    await addGoal(tabA, "From tab A");
    await tabB.locator(".goal-card__title", { hasText: "From tab A" }).waitFor();
    await addGoal(tabB, "From tab B");
    await tabA.locator(".goal-card__title", { hasText: "From tab B" }).waitFor();
    expect(await goalTitles(tabA)).toEqual(["From tab A", "From tab B"]);

    await tabA.getByLabel("Your organization").fill("Typed in A");
    await tabB.getByLabel("Your organization").fill("Typed in B");
    const conflict = (page: Page) => page.getByRole("alert").filter({ hasText: "changed in another tab" });
    await Promise.race([conflict(tabA).waitFor(), conflict(tabB).waitFor()]);
    const [loser, winnerText] = (await conflict(tabA).count()) ? [tabA, "Typed in B"] : [tabB, "Typed in A"];
    const loserText = winnerText === "Typed in A" ? "Typed in B" : "Typed in A";
    const stored = await loser.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:goals") ?? "{}").data.organization);
    expect(stored).toBe(winnerText);
    expect(await loser.getByLabel("Your organization").inputValue()).toBe(loserText);
    await conflict(loser).getByRole("button", { name: "Keep this tab's version" }).click();
    await expect(loser.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:goals") ?? "{}").data.organization)).resolves.toBe(
      loserText,
    );
    await context.close();
  });
});

describe("real storage quota in Chromium", () => {
  it("warns when storage is full, keeps earlier data, and saves again once space frees up", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    await addGoal(page, "Saved before the disk filled");
    await page.getByText("All changes saved in this browser.").waitFor();

    const filled = await page.evaluate(() => {
      let total = 0;
      for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10]) {
        const chunk = "x".repeat(size);
        for (let i = 0; ; i++) {
          try {
            localStorage.setItem(`filler-${size}-${i}`, chunk);
            total += size;
          } catch {
            break;
          }
        }
      }
      return total;
    });
    expect(filled).toBeGreaterThan(1_000_000);

    await addGoal(page, "Typed while the storage was full");
    const alert = page.getByRole("alert").filter({ hasText: "Your work is not being saved" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("storage for this site is full");
    expect(await goalTitles(page)).toEqual(["Saved before the disk filled", "Typed while the storage was full"]);
    // The notice's download keeps the work as the page holds it, unsaved goal included, as a plan file.
    const file = await downloaded(page, "Download your goals, offers and non-negotiables");
    expect(file.name).toMatch(/^pivotpath-goals-unsaved-\d{4}-\d{2}-\d{2}\.json$/);
    const kept = JSON.parse(file.bytes.toString("utf8"));
    expect(kept).toMatchObject({ app: "pivotpath", kind: "workspace" });
    expect(kept.records.goals.data.goals.map((g: { title: string }) => g.title)).toEqual([
      "Saved before the disk filled",
      "Typed while the storage was full",
    ]);

    const second = await context.newPage();
    await second.goto(`${site.url}/guide/goals/`);
    await hydrateAll(second);
    expect(await goalTitles(second)).toEqual(["Saved before the disk filled"]);
    await second.close();

    await page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith("filler-")) localStorage.removeItem(key);
    });
    await page.getByText("All changes saved in this browser.").waitFor({ timeout: 10_000 });
    expect(await alert.count()).toBe(0);
    await page.reload();
    await hydrateAll(page);
    expect(await goalTitles(page)).toEqual(["Saved before the disk filled", "Typed while the storage was full"]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
