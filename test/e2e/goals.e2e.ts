import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations, downloaded, hydrateAll, keptCopies, openPage, openWithScriptsHeld } from "../support/browser";
import { useSite } from "../support/site";
import { clickLoadExample, settleToolbars } from "../support/watch";

const site = useSite();

describe("goals worksheet", () => {
  it("keeps added goals across a reload", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    await page.getByLabel("Your organization").fill("Eastside Food Bank");
    await page.getByLabel("Partnership name").fill("Eastside Fresh Food Partnership");
    await page.getByLabel("Goal", { exact: true }).fill("Open a weekend market by May <b>2027</b>");
    await page.getByRole("button", { name: "Add goal" }).click();
    await page
      .getByRole("group", { name: /^Goal 1:/ })
      .getByLabel(/Measurable/)
      .check();
    await page.getByText("All changes saved in this browser.").waitFor();
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Your organization").inputValue()).resolves.toBe("Eastside Food Bank");
    await expect(page.getByLabel("Partnership name").inputValue()).resolves.toBe("Eastside Fresh Food Partnership");
    const card = page.getByRole("group", { name: /^Goal 1:/ });
    await expect(card.locator("legend").first().textContent()).resolves.toContain("Open a weekend market by May <b>2027</b>");
    await expect(card.getByLabel(/Measurable/).isChecked()).resolves.toBe(true);
    await expect(
      card
        .getByRole("group", { name: /SMART check/ })
        .locator("legend")
        .textContent(),
    ).resolves.toContain("1 of 5");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps the partnership name typed before the tool starts, and what is typed just before a reload", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const { release } = await openWithScriptsHeld(page, `${site.url}/guide/goals/`, (p) => p.getByLabel("Partnership name"));
    await page.getByLabel("Partnership name").fill("Eastside Fresh");
    release();
    await hydrateAll(page);
    const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:goals") ?? "null")?.data?.partnershipName);
    await expect.poll(stored, { timeout: 15_000 }).toBe("Eastside Fresh");
    await page.getByLabel("Partnership name").press("End");
    await page.getByLabel("Partnership name").pressSequentially(" Food Partnership");
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Partnership name").inputValue()).resolves.toBe("Eastside Fresh Food Partnership");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("can be worked through with the keyboard alone", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    await page.getByLabel("Your organization").focus();
    await page.keyboard.type("Harbor City Parks Department");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("goals-partnership-name");
    await page.keyboard.type("Riverside Fresh Start");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("new-goal-title");
    await page.keyboard.type("Keep the park market open 40 Saturdays a year");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Train 20 volunteers");
    await page.keyboard.press("Enter");
    const card = page.getByRole("group", { name: /^Goal 1:/ });
    await card.getByLabel(/Specific/).focus();
    await page.keyboard.press("Space");
    await expect(card.getByLabel(/Specific/).isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Delete goal 2" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Undo" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".goal-card__title").allTextContents()).resolves.toEqual([
      "Keep the park market open 40 Saturdays a year",
      "Train 20 volunteers",
    ]);
    await expect(page.getByLabel("Partnership name").inputValue()).resolves.toBe("Riverside Fresh Start");
    // The two lists after the goals: Enter starts a new item, Tab goes on to the next list.
    await page.getByRole("button", { name: "Delete goal 2" }).focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("goals-offers");
    await page.keyboard.type("Grounds crew\nThe park pavilion");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("goals-non-negotiables");
    await page.keyboard.type("The park stays free to enter");
    await page.getByText("All changes saved in this browser.").waitFor();
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("What you can offer").inputValue()).resolves.toBe("Grounds crew\nThe park pavilion");
    await expect(page.getByLabel("Your non-negotiables").inputValue()).resolves.toBe("The park stays free to enter");
    await context.close();
  });

  it("refuses an empty goal and says why at the field", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    await page.getByRole("button", { name: "Add goal" }).click();
    const field = page.getByLabel("Goal", { exact: true });
    await expect(field.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.getByText("Write the goal before adding it.").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("list", { name: "Your goals" }).count()).resolves.toBe(0);
    await context.close();
  });

  it("loads the example, deletes a goal and undoes it, and asks before clearing", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    await clickLoadExample(page);
    const goals = page.getByRole("list", { name: "Your goals" }).locator(":scope > li");
    await expect(goals.count()).resolves.toBe(3);
    await expect(page.getByLabel("Partnership name").inputValue()).resolves.toBe("Riverside Fresh Start");
    await page.getByRole("button", { name: "Delete goal 2" }).click();
    await expect(goals.count()).resolves.toBe(2);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect(goals.count()).resolves.toBe(3);
    await page.getByRole("button", { name: "Clear" }).click();
    await expect(goals.count()).resolves.toBe(3);
    await page.getByRole("button", { name: "Yes, delete all goals, offers and non-negotiables" }).click();
    await settleToolbars(page);
    await expect(goals.count()).resolves.toBe(0);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it("warns, and keeps working, when the browser refuses to store anything", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    await page.getByLabel("Goal", { exact: true }).fill("Still usable");
    await page.getByRole("button", { name: "Add goal" }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Your work is not being saved" });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain("storage for this site is full");
    await expect(page.getByRole("group", { name: /^Goal 1:/ }).isVisible()).resolves.toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps unreadable saved data aside and offers it for download", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await page.evaluate(() => localStorage.setItem("pivotpath:goals", "{this is not json"));
    await page.reload();
    await hydrateAll(page);
    const alert = page.getByRole("alert").filter({ hasText: "could not be read" });
    await alert.waitFor();
    const download = page.waitForEvent("download");
    await alert.getByRole("button", { name: "Download the unreadable data" }).click();
    const file = await download;
    const stream = await file.createReadStream();
    let text = "";
    for await (const chunk of stream) text += chunk;
    expect(text).toBe("{this is not json");
    await expect(keptCopies(page, "goals")).resolves.toHaveLength(1);
    await context.close();
  });

  it("leaves a newer version's saved worksheet as it was, offers it as a file, and /plan/ keeps a copy before deleting it", async () => {
    const { page, context } = await openPage(site.browser);
    const newer = JSON.stringify({ app: "pivotpath", tool: "goals", version: 99, savedAt: 1, data: { from: "the future" } });
    await page.goto(`${site.url}/guide/goals/`);
    await page.evaluate((text) => localStorage.setItem("pivotpath:goals", text), newer);
    await page.reload();
    await hydrateAll(page);
    await page.getByRole("alert").filter({ hasText: "It has been left as it was" }).waitFor();
    const file = await downloaded(page, "Download the saved data");
    expect(file.bytes.toString("utf8")).toBe(newer);
    await page.goto(`${site.url}/plan/`);
    await page.getByRole("button", { name: "Delete Goals worksheet" }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await page.getByRole("heading", { name: "Data that could not be read" }).waitFor();
    await expect(keptCopies(page, "goals")).resolves.toEqual([newer]);
    await context.close();
  });
});
