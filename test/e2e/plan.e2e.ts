import { describe, expect, it } from "vitest";
import { downloaded, hydrateAll, keptCopies, openPage } from "../support/browser";
import { useSite } from "../support/site";
import { clickLoadExample } from "../support/watch";

const site = useSite();

async function fillGoals(page: import("playwright-core").Page) {
  await page.goto(`${site.url}/guide/goals/`);
  await hydrateAll(page);
  await clickLoadExample(page);
  await page.getByText("All changes saved in this browser.").waitFor();
}

describe("your plan", () => {
  it("exports the workspace and imports it into an empty browser", async () => {
    const first = await openPage(site.browser);
    await fillGoals(first.page);
    await first.page.goto(`${site.url}/plan/`);
    await hydrateAll(first.page);
    await expect(first.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Your partnership plan");
    await expect(first.page.getByRole("table", { name: /Saved work per step/ }).textContent()).resolves.toContain("3 goals");
    const { path } = await downloaded(first.page, "Export your plan");
    await first.context.close();

    const second = await openPage(site.browser);
    await second.page.goto(`${site.url}/plan/`);
    await hydrateAll(second.page);
    await second.page.getByLabel("Import a plan file").setInputFiles(path);
    await second.page.getByRole("status").filter({ hasText: "Imported Goals worksheet" }).waitFor();
    await second.page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(second.page);
    await expect(second.page.getByRole("list", { name: "Your goals" }).locator(":scope > li").count()).resolves.toBe(3);
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  it("refuses a bad file with an alert and changes nothing", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await fillGoals(page);
    const before = await page.evaluate(() => localStorage.getItem("pivotpath:goals"));
    await page.goto(`${site.url}/plan/`);
    await hydrateAll(page);
    for (const [name, text, message] of [
      ["junk.json", "not json at all", /cut short/],
      ["other.json", JSON.stringify({ app: "somebody-else", records: {} }), /not a plan exported from this guide/],
      ["future.json", JSON.stringify({ app: "pivotpath", kind: "workspace", format: 99, exportedAt: "", records: {} }), /newer version/],
      [
        "health-check-greenleaf-grocers-month-3.json",
        JSON.stringify({
          app: "pivotpath",
          kind: "health-answers",
          format: 1,
          exportedAt: "",
          round: {},
          partner: "Greenleaf",
          answers: [],
        }),
        /health-check answer file, not a plan export\. Import it in the partnership health check on the Evaluation page \(step 8\)/,
      ],
    ] as const) {
      await page.getByLabel("Import a plan file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
      const alert = page.getByRole("alert").filter({ hasText: message });
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain("Nothing was changed");
    }
    await expect(page.evaluate(() => localStorage.getItem("pivotpath:goals"))).resolves.toBe(before);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("asks before an import replaces saved work", async () => {
    const { page, context } = await openPage(site.browser);
    await fillGoals(page);
    await page.goto(`${site.url}/plan/`);
    await hydrateAll(page);
    const { path } = await downloaded(page, "Export your plan");
    await page.getByLabel("Import a plan file").setInputFiles(path);
    await page.getByRole("alert").filter({ hasText: "would replace what you have saved for: Goals worksheet" }).waitFor();
    await page.getByRole("button", { name: "Replace my saved work" }).click();
    await page.getByRole("status").filter({ hasText: "Imported" }).waitFor();
    await context.close();
  });

  it("keeps saved data it cannot read aside before an import replaces it, and says so before asking", async () => {
    const { page, context } = await openPage(site.browser);
    await fillGoals(page);
    await page.goto(`${site.url}/plan/`);
    await hydrateAll(page);
    const { path } = await downloaded(page, "Export your plan");
    await page.evaluate(() => localStorage.setItem("pivotpath:goals", "{damaged by a disk error"));
    await page.getByLabel("Import a plan file").setInputFiles(path);
    const question = page.getByRole("alert").filter({ hasText: "would replace what you have saved for: Goals worksheet" });
    await question.waitFor();
    await expect(question.textContent()).resolves.toContain("cannot be read by this page");
    await page.getByRole("button", { name: "Replace my saved work" }).click();
    await page.getByRole("status").filter({ hasText: "Imported" }).waitFor();
    await expect(keptCopies(page, "goals")).resolves.toEqual(["{damaged by a disk error"]);
    await expect(page.getByRole("heading", { name: "Data that could not be read" }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("gives rows of an imported file that share an id new ids, so deleting one leaves the other", async () => {
    const { page, context } = await openPage(site.browser);
    await fillGoals(page);
    const file = await page.evaluate(() => {
      const record = JSON.parse(localStorage.getItem("pivotpath:goals") ?? "{}");
      for (const goal of record.data.goals) goal.id = "same-id";
      localStorage.clear();
      return JSON.stringify({
        app: "pivotpath",
        kind: "workspace",
        format: 1,
        exportedAt: new Date().toISOString(),
        records: { goals: record },
      });
    });
    await page.goto(`${site.url}/plan/`);
    await hydrateAll(page);
    await page
      .getByLabel("Import a plan file")
      .setInputFiles({ name: "plan.json", mimeType: "application/json", buffer: Buffer.from(file) });
    await expect(page.getByRole("status").filter({ hasText: "Imported" }).textContent()).resolves.toContain("got a new one");
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    const goals = page.getByRole("list", { name: "Your goals" }).locator(":scope > li");
    await expect(goals.count()).resolves.toBe(3);
    await page.getByRole("button", { name: "Delete goal 1" }).click();
    await expect.poll(() => goals.count()).toBe(2);
    await page.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => goals.count()).toBe(3);
    await context.close();
  });

  it("deletes a tool's saved work after asking", async () => {
    const { page, context } = await openPage(site.browser);
    await fillGoals(page);
    await page.goto(`${site.url}/plan/`);
    await hydrateAll(page);
    await page.getByRole("button", { name: "Delete Goals worksheet" }).click();
    await page.getByRole("button", { name: "Yes, delete it" }).click();
    await expect(page.evaluate(() => localStorage.getItem("pivotpath:goals"))).resolves.toBeNull();
    await expect(page.getByRole("table", { name: /Saved work per step/ }).textContent()).resolves.toContain("Nothing yet");
    await context.close();
  });
});

describe("home page", () => {
  it("shows each tool step's saved status", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}/`);
    await expect(page.locator("[data-step-status]").first().textContent()).resolves.toContain("not started");
    await fillGoals(page);
    await page.goto(`${site.url}/`);
    await expect(page.locator("[data-step-status]").first().textContent()).resolves.toContain("work saved");
    await context.close();
  });
});
