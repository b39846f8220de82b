import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseCsv } from "~/lib/csv";
import { hydrateAll, openPage } from "../support/browser";
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
  const fields = page.locator('.tool input[type="text"], .tool textarea, .tool input:not([type])');
  const count = Math.min(await fields.count(), 60);
  let filled = 0;
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible()) || !(await field.isEditable())) continue;
    if ((await field.getAttribute("inputmode")) === "decimal") continue;
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

describe("XSS payloads in every text field", () => {
  it.each(TOOL_PAGES)("%s: no script runs on the page, after reload, in print, in CSV, after export and import", async (path) => {
    const { page, context, problems } = await openPage(site.browser);
    await page.addInitScript(installWatchers);
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
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
    const dir = mkdtempSync(join(tmpdir(), "pivotpath-csv-"));
    for (let i = 0; i < (await csvButtons.count()); i++) {
      if (!(await csvButtons.nth(i).isEnabled())) continue;
      const downloading = page.waitForEvent("download");
      await csvButtons.nth(i).click();
      const file = join(dir, `export-${i}.csv`);
      await (await downloading).saveAs(file);
      for (const row of parseCsv(readFileSync(file, "utf8"))) {
        for (const cell of row) {
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
          expect(cell, `CSV cell in ${file}`).not.toMatch(/^[=+\-@\t\r\n]/);
        }
      }
    }

    await page.goto(`${site.url}/plan/`);
    await hydrateAll(page);
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export your plan" }).click();
    const planFile = join(dir, "plan.json");
    await (await downloading).saveAs(planFile);
    await context.close();

    const fresh = await openPage(site.browser);
    await fresh.page.addInitScript(installWatchers);
    await fresh.page.goto(`${site.url}/plan/`);
    await hydrateAll(fresh.page);
    await fresh.page.getByLabel("Import a plan file").setInputFiles(planFile);
    await fresh.page.getByRole("status").filter({ hasText: "Imported" }).waitFor();
    await expectNothingRan(fresh.page, "plan page after import");
    await fresh.page.goto(site.url + path);
    await hydrateAll(fresh.page);
    await expectNothingRan(fresh.page, "tool after import");
    const kept = await fresh.page.evaluate(() => {
      const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(".tool input, .tool textarea")].map(
        (f) => f.value,
      );
      return [...values, document.querySelector("main")?.textContent ?? ""].some((text) => text.includes("window.__xss++"));
    });
    expect(kept, "the payload text survives export and import as text").toBe(true);
    expect(dialogs).toBe(0);
    expect(problems).toEqual([]);
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
  });
});
