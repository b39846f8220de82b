import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { NOT_LEGAL_ADVICE } from "~/lib/agreement/agreement-sections";
import { goalsExample } from "~/lib/goals/goals-example";
import { goalsTool } from "~/lib/goals/goals-tool";
import { organizationsExample } from "~/lib/organizations/organizations-example";
import { organizationsTool } from "~/lib/organizations/organizations-tool";
import { encodeRecord } from "~/lib/storage/decode";
import type { ToolDefinition } from "~/lib/storage/tool";
import { hydrateAll, openPage, openWithScriptsHeld } from "../support/browser";
import { docxText } from "../support/docx-text";
import { tabTo } from "../support/keyboard";
import { useSite } from "../support/site";

const site = useSite();
const PAGE = "/guide/roles/";

function record<T>(tool: ToolDefinition<T>, data: T): [string, string] {
  const encoded = encodeRecord(tool, data, Date.UTC(2027, 0, 1));
  if (!encoded.ok) throw new Error(encoded.message);
  return [`pivotpath:${tool.id}`, encoded.text];
}

/** Steps 1 and 2's examples, saved before the page's scripts run, once per tab. */
async function seedExamples(page: Page): Promise<void> {
  const records = Object.fromEntries([record(goalsTool, goalsExample()), record(organizationsTool, organizationsExample())]);
  await page.addInitScript((saved: Record<string, string>) => {
    if (sessionStorage.getItem("seeded")) return;
    for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
    sessionStorage.setItem("seeded", "yes");
  }, records);
}

describe("partnership agreement outline (step 4)", () => {
  it("downloads the outline as a Word file, by keyboard, with the saved parties and goals in it", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await seedExamples(page);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    const tool = page.getByRole("region", { name: "Partnership agreement outline" });
    await tool.getByRole("table", { name: "Parties" }).getByText("Greenleaf Grocers").waitFor();
    await tool.getByText("Nothing saved yet: step 5 fills this.").waitFor();
    await tool.getByRole("button", { name: "Load example" }).focus();
    const button = tool.getByRole("button", { name: "Download the agreement (Word)" });
    await tabTo(page, button);
    const download = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^pivotpath-partnership-agreement-\d{4}-\d{2}-\d{2}\.docx$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const text = docxText(new Uint8Array(Buffer.concat(chunks)));
    for (const org of organizationsExample().organizations.filter((o) => o.own || o.status === "partner")) expect(text).toContain(org.name);
    for (const goal of goalsExample().goals) expect(text).toContain(goal.title);
    expect(text).toContain(NOT_LEGAL_ADVICE);
    await tool.getByRole("status").filter({ hasText: "The Word file is downloaded." }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps the words typed into a clause before the tool started, and saves them once it has", async () => {
    const { page, context, problems } = await openPage(site.browser);
    const field = (p: Page) => p.getByLabel("Your words: Changing this agreement");
    const { release } = await openWithScriptsHeld(page, `${site.url}${PAGE}`, field);
    await field(page).fill("In writing, signed by all");
    release();
    await page.locator("#agreement-tool[data-ready]").waitFor();
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem("pivotpath:agreement") ?? "null")?.data?.clauses?.amendment))
      .toBe("In writing, signed by all");
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps the reader's words for a clause when the tab is reloaded at once", async () => {
    const { page, context } = await openPage(site.browser);
    await page.goto(`${site.url}${PAGE}`);
    await hydrateAll(page);
    const field = page.getByLabel("Your words: Data sharing and privacy");
    await field.pressSequentially("Card numbers only");
    await page.reload();
    await hydrateAll(page);
    await expect(page.getByLabel("Your words: Data sharing and privacy").inputValue()).resolves.toBe("Card numbers only");
    await context.close();
  });
});
