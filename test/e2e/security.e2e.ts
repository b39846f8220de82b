import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { hydrateAll, recordProblems } from "../support/browser";
import { useSite } from "../support/site";
import { TOOL_PAGES, installWatchers, loadExamples, watchedState } from "../support/watch";

const site = useSite();

/** Script tags, event handlers, javascript: URLs and attribute break-outs; each would bump window.__xss if it ran. */
const PAYLOADS = [
  "<script>window.__xss++</script>",
  '<img src=x onerror="window.__xss++">',
  '"><svg onload="window.__xss++">',
  '\'><iframe src="javascript:window.parent.__xss++"></iframe>',
  "javascript:window.__xss++",
  "</textarea><script>alert(1)</script>",
  '" autofocus onfocus="alert(1)" x="',
  '=HYPERLINK("javascript:alert(1)")',
  "{{constructor.constructor('alert(1)')()}}",
  '<a href="javascript:alert(1)">click</a>',
];

async function fillEveryTextField(page: Page): Promise<number> {
  // The visible, editable text fields (not number fields), up to 60, marked in one pass through the page.
  const count = await page.evaluate(() => {
    const fields = [
      ...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        '.tool input[type="text"], .tool textarea, .tool input:not([type])',
      ),
    ];
    const editable = fields.filter((f) => f.getClientRects().length > 0 && !f.disabled && !f.readOnly && f.inputMode !== "decimal");
    editable.slice(0, 60).forEach((field, i) => field.setAttribute("data-xss-field", String(i)));
    return Math.min(editable.length, 60);
  });
  let filled = 0;
  for (let i = 0; i < count; i++) {
    const field = page.locator(`[data-xss-field="${i}"]`);
    // A field an earlier entry replaced (a row form that reset, a list that re-sorted) is skipped.
    if (!(await field.count()) || !(await field.isVisible())) continue;
    const payload = PAYLOADS[i % PAYLOADS.length] ?? "";
    const max = Number((await field.getAttribute("maxlength")) ?? 10_000);
    await field.fill(payload.slice(0, max));
    await field.press("Tab");
    filled += 1;
  }
  const submits = page.locator(".tool form.tool-form button[type=submit]");
  for (let i = 0; i < (await submits.count()); i++) {
    if (await submits.nth(i).isVisible()) await submits.nth(i).click();
  }
  return filled;
}

async function expectNothingRan(page: Page, where: string): Promise<void> {
  const state = await watchedState(page);
  expect(state.xss, `${where}: an injected script ran`).toBe(0);
  expect(state.csp, `${where}: CSP violations`).toEqual([]);
  expect(await page.locator(".tool img[src='x'], .tool svg[onload], .tool iframe, .tool script").count(), where).toBe(0);
}

// The Content-Security-Policy is checked on every page, tools filled and search used, in pages.e2e.ts.

/**
 * Every tool page is filled in one browser context, as one reader's plan; the plan is then exported once and imported
 * into a fresh browser, where every page must show the payloads as text.
 */
describe("XSS payloads in every text field", () => {
  let shared: BrowserContext;
  let dir = "";
  const filledPages: string[] = [];
  const problems: string[] = [];
  beforeAll(async () => {
    shared = await site.browser.newContext({ acceptDownloads: true, serviceWorkers: "block" });
    await shared.addInitScript(installWatchers);
    dir = mkdtempSync(join(tmpdir(), "pivotpath-xss-"));
  });
  afterAll(() => shared?.close());

  async function watchedPage(context: BrowserContext): Promise<{ page: Page; dialogs: () => number }> {
    const page = await context.newPage();
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    recordProblems(page, problems);
    return { page, dialogs: () => dialogs };
  }

  it.each(TOOL_PAGES)("%s: no script runs on the page, after reload, in print or in CSV", async (path) => {
    const { page, dialogs } = await watchedPage(shared);
    await page.goto(site.url + path);
    await hydrateAll(page);
    await loadExamples(page);
    const filled = await fillEveryTextField(page);
    expect(filled).toBeGreaterThan(0);
    await expectNothingRan(page, "after typing");
    await page.getByText("All changes saved in this browser.").first().waitFor();

    await page.reload();
    await hydrateAll(page);
    await expectNothingRan(page, "after reload");
    await page.emulateMedia({ media: "print" });
    await expectNothingRan(page, "print view");
    await page.emulateMedia({ media: "screen" });

    const csvButtons = page.getByRole("button", { name: /CSV/ });
    for (let i = 0; i < (await csvButtons.count()); i++) {
      if (!(await csvButtons.nth(i).isEnabled())) continue;
      const downloading = page.waitForEvent("download");
      // A click that cannot happen fails here, with Playwright's account of why, before the wait for the file does.
      await csvButtons.nth(i).click({ timeout: 20_000 });
      const file = join(dir, `${path.replaceAll("/", "-")}${i}.csv`);
      await (await downloading).saveAs(file);
      for (const row of parseCsv(readFileSync(file, "utf8"))) {
        for (const cell of row) {
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
          expect(cell, `CSV cell in ${file}`).not.toMatch(/^[=+\-@\t\r\n]/);
        }
      }
    }
    expect(dialogs()).toBe(0);
    expect(problems).toEqual([]);
    filledPages.push(path);
    await page.close();
  });

  it("keeps every payload as text through the plan's export and an import into a fresh browser", async () => {
    expect(filledPages, "runs after the pages above were filled").toEqual(TOOL_PAGES);
    const { page } = await watchedPage(shared);
    await page.goto(`${site.url}/plan/`);
    await hydrateAll(page);
    await expectNothingRan(page, "plan page");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export your plan" }).click();
    const planFile = join(dir, "plan.json");
    await (await downloading).saveAs(planFile);

    const fresh = await site.browser.newContext({ serviceWorkers: "block" });
    await fresh.addInitScript(installWatchers);
    const { page: reader, dialogs } = await watchedPage(fresh);
    await reader.goto(`${site.url}/plan/`);
    await hydrateAll(reader);
    await reader.getByLabel("Import a plan file").setInputFiles(planFile);
    await reader.getByRole("status").filter({ hasText: "Imported" }).waitFor();
    await expectNothingRan(reader, "plan page after import");
    for (const path of TOOL_PAGES) {
      await reader.goto(site.url + path);
      await hydrateAll(reader);
      await expectNothingRan(reader, `${path} after import`);
      const kept = await reader.evaluate(() => {
        const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(".tool input, .tool textarea")].map(
          (f) => f.value,
        );
        return [...values, document.querySelector("main")?.textContent ?? ""].some(
          (text) => text.includes("__xss++") || text.includes("alert(1)"),
        );
      });
      expect(kept, `${path}: the payload text survives export and import as text`).toBe(true);
    }
    expect(dialogs()).toBe(0);
    expect(problems).toEqual([]);
    await fresh.close();
  });
});
