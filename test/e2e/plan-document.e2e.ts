import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { goalsExample } from "~/lib/goals/goals-example";
import { encodeRecord } from "~/lib/storage/decode";
import { axeViolations, describeViolations, hydrateAll, openPage } from "../support/browser";
import { TOOLS, exampleFor } from "../support/examples";
import { tabTo } from "../support/keyboard";
import { pdfPages } from "../support/pdf-text";
import { STEPS } from "../support/plan-fixtures";
import { useSite } from "../support/site";
import { clickLoadExample } from "../support/watch";

const site = useSite();

/** Some of what each step's section says with every worked example saved. */
const SAYS: Record<number, string[]> = {
  1: ["Goals and objectives", "Put fresh produce within walking distance of 400 east-side households"],
  2: ["Ranking by weighted score", "Greenleaf Grocers"],
  3: ["Options appraisal", "Weekly market with cooking classes in Riverside Park"],
  4: ["Governance tiers", "RACI chart", "Weekly produce order and delivery"],
  5: ["Risks by rating", "Volunteers drift away after the first summer"],
  6: ["Stakeholder map", "Harbor Community Foundation", "Can the market take WIC vouchers?", "Feb 10, 2027"],
  7: ["Who pays what", "$101,015.20"],
  8: ["Different households shopping at the market each month", "Partnership health check"],
};

/** Every tool's worked example (or the data `instead` gives by tool id), saved before the page's scripts run, once per tab. */
async function seedAllExamples(page: Page, instead: Record<string, unknown> = {}): Promise<void> {
  const records = Object.fromEntries(
    TOOLS.map((tool) => {
      const encoded = encodeRecord(tool, instead[tool.id] ?? exampleFor(tool), Date.UTC(2027, 0, 15));
      if (!encoded.ok) throw new Error(encoded.message);
      return [`pivotpath:${tool.id}`, encoded.text];
    }),
  );
  await page.addInitScript((saved: Record<string, string>) => {
    if (sessionStorage.getItem("seeded")) return;
    for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
    sessionStorage.setItem("seeded", "yes");
  }, records);
}

async function openPlan(page: Page): Promise<void> {
  await page.goto(`${site.url}/plan/`);
  await hydrateAll(page);
  await page.getByRole("heading", { level: 2, name: `Step 8. ${STEPS[7]!.title}` }).waitFor({ timeout: 30_000 });
}

const section = (page: Page, step: number) =>
  page.locator("section.plan-section").filter({ has: page.getByRole("heading", { level: 2, name: new RegExp(`^Step ${step}\\.`) }) });

describe("your partnership plan (/plan/)", () => {
  it("assembles what the reader loaded in the tools, and says what the other steps produce", async () => {
    const { page, context, problems } = await openPage(site.browser);
    for (const path of ["/guide/goals/", "/guide/risks/"]) {
      await page.goto(`${site.url}${path}`);
      await hydrateAll(page);
      await clickLoadExample(page);
      await page.getByText("All changes saved in this browser.").first().waitFor();
    }
    await openPlan(page);
    await expect(page.getByRole("heading", { level: 1, name: "Your partnership plan" }).isVisible()).resolves.toBe(true);
    const overview = page.getByRole("navigation", { name: "The eight steps" });
    await expect(overview.getByRole("listitem").allTextContents()).resolves.toEqual(
      STEPS.map((s) => expect.stringContaining([1, 5].includes(s.step) ? "Started, last changed" : "Not started")),
    );
    await expect(section(page, 1).textContent()).resolves.toContain(SAYS[1]![1]);
    await expect(section(page, 5).textContent()).resolves.toContain(SAYS[5]![1]);
    await expect(section(page, 3).textContent()).resolves.toContain("Nothing saved yet. This step gives you: The business case");
    await expect(section(page, 3).getByRole("link", { name: "Start step 3" }).getAttribute("href")).resolves.toBe("/guide/business-case/");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows every step of the worked example, with no accessibility violation", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await seedAllExamples(page);
    await openPlan(page);
    for (const step of STEPS) {
      const part = section(page, step.step);
      await expect(part.getByRole("heading", { level: 2 }).textContent()).resolves.toBe(`Step ${step.step}. ${step.title}`);
      const text = (await part.textContent()) ?? "";
      for (const phrase of SAYS[step.step] ?? []) expect(text, `step ${step.step}`).toContain(phrase);
      expect(text).toContain("Last changed Jan 15, 2027");
      await expect(part.getByRole("link", { name: `Edit step ${step.step} in the guide` }).getAttribute("href")).resolves.toBe(step.href);
    }
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("takes another tab's save without a reload", async () => {
    const { page, context } = await openPage(site.browser);
    await openPlan(page);
    await section(page, 1).getByText("Nothing saved yet.").waitFor();
    const other = await context.newPage();
    await other.goto(`${site.url}/guide/goals/`);
    await hydrateAll(other);
    await clickLoadExample(other);
    await other.getByText("All changes saved in this browser.").first().waitFor();
    await section(page, 1).getByRole("table", { name: "Goals and objectives" }).waitFor({ timeout: 30_000 });
    await context.close();
  });

  it("is titled with the partnership's name from step 1, on screen and in the printed pages' header, and without it when cleared", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    await page.getByLabel("Partnership name").fill("Eastside <b>Fresh</b> Food Partnership");
    await page.getByText("All changes saved in this browser.").first().waitFor();
    await openPlan(page);
    const title = page.getByRole("article", { name: "Partnership plan: Eastside <b>Fresh</b> Food Partnership" });
    await title.waitFor();
    const header = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--plan-running-header"));
    await expect(header()).resolves.toMatch(/^"Partnership plan: Eastside <b>Fresh<\/b> Food Partnership · [A-Z][a-z]{2} \d{1,2}, \d{4}"$/);
    await page.goto(`${site.url}/guide/goals/`);
    await hydrateAll(page);
    await page.getByLabel("Partnership name").fill("");
    await page.getByText("All changes saved in this browser.").first().waitFor();
    await openPlan(page);
    await page.getByRole("article", { name: "Partnership plan" }).waitFor();
    await expect(header()).resolves.toMatch(/^"Partnership plan · /);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("reaches Print the plan and each step's edit link by keyboard", async () => {
    const { page, context } = await openPage(site.browser);
    await seedAllExamples(page);
    await openPlan(page);
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await tabTo(page, page.getByRole("button", { name: "Print the plan" }), 60);
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => (window as unknown as { printed: number }).printed)).resolves.toBe(1);
    await tabTo(page, page.getByRole("link", { name: "Edit step 1 in the guide" }), 10);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${site.url}/guide/goals/`);
    await context.close();
  });
});

describe("the plan on paper", () => {
  it.each(["A4", "Letter"] as const)(
    "prints on %s: each step on its own page, with the plan's name and date on every page",
    async (format) => {
      const { page, context } = await openPage(site.browser);
      await seedAllExamples(page);
      await openPlan(page);
      await page.emulateMedia({ media: "print" });
      const pages = await pdfPages(await page.pdf({ format }));
      const date = (await page.locator(".plan-doc__date").textContent()) ?? "";
      for (const [i, text] of pages.entries()) {
        expect(text, `page ${i + 1}`).toContain("Partnership plan: Riverside Fresh Start · Prepared by Eastside Food Bank");
        expect(text, `page ${i + 1}`).toContain(date);
        expect(text, `page ${i + 1}`).not.toContain("Saved in this browser");
      }
      const all = pages.join(" ");
      const firstPage: number[] = [];
      for (const step of STEPS) {
        const heading = `Step ${step.step}. ${step.title}`;
        firstPage.push(pages.findIndex((text) => text.includes(heading)));
        for (const phrase of SAYS[step.step] ?? []) expect(all, `step ${step.step}`).toContain(phrase);
      }
      // Each step starts a new page: the headings are on eight different pages, in step order.
      expect(firstPage.every((p, i) => p >= 0 && (i === 0 || p > (firstPage[i - 1] ?? 0)))).toBe(true);
      await context.close();
    },
  );

  it.each([
    ["A4", 182],
    ["Letter", 187.9],
  ] as const)("fits every table in the width of a printed %s page, a long unbroken address included", async (_, contentMillimetres) => {
    const { page, context } = await openPage(site.browser);
    const goals = goalsExample();
    const long = { ...goals.goals[0]!, id: "long-goal", title: `See https://example.org/${"freshproduce".repeat(12)}` };
    await seedAllExamples(page, { goals: { ...goals, goals: [...goals.goals, long] } });
    await openPlan(page);
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: Math.floor((contentMillimetres * 96) / 25.4), height: 1000 });
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLTableElement>(".plan-doc table")]
        .filter((table) => {
          const box = table.parentElement as HTMLElement;
          const cells = [...table.querySelectorAll<HTMLElement>("th, td")];
          return table.scrollWidth > box.clientWidth + 1 || cells.some((cell) => cell.scrollWidth > cell.clientWidth + 1);
        })
        .map((table) => table.caption?.textContent ?? "a table"),
    );
    expect(overflowing).toEqual([]);
    const rowsKeptWhole = await page.evaluate(() => getComputedStyle(document.querySelector(".plan-doc tr") as Element).breakInside);
    expect(rowsKeptWhole).toBe("avoid");
    await context.close();
  });
});
