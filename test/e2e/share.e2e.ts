import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { goalsExample } from "~/lib/goals/goals-example";
import { organizationsExample } from "~/lib/organizations/organizations-example";
import { encodeShare } from "~/lib/share/share-link";
import { encodeRecord } from "~/lib/storage/decode";
import type { AnyTool } from "~/lib/storage/tool";
import { TOOLS, exampleFor } from "../support/examples";
import { axeViolations, describeViolations, downloaded, hydrateAll, openPage } from "../support/browser";
import { docxText } from "../support/docx-text";
import { tabTo } from "../support/keyboard";
import { useSite } from "../support/site";
import { installWatchers, watchedState } from "../support/watch";

const site = useSite();
const HOSTILE = `<img src=x onerror=alert(1)><script>alert(2)</script> Tom & Jerry's "Co-op"`;

function records(entries: [AnyTool, unknown][]): Record<string, string> {
  return Object.fromEntries(
    entries.map(([tool, data]) => {
      const encoded = encodeRecord(tool, data, Date.UTC(2026, 10, 27));
      if (!encoded.ok) throw new Error(encoded.message);
      return [`pivotpath:${tool.id}`, encoded.text];
    }),
  );
}

/** Every tool's worked example, saved before the page's scripts run, once per context. */
const everyExample = () => records(TOOLS.map((tool) => [tool, exampleFor(tool)]));

/** The export /plan/ writes of records as stored. */
function exportOf(saved: Record<string, string>): string {
  const byTool = Object.fromEntries(
    Object.entries(saved).map(([key, text]) => [key.replace(/^pivotpath:/, ""), JSON.parse(text) as unknown]),
  );
  return JSON.stringify({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: new Date().toISOString(), records: byTool });
}

const goalsTool = TOOLS.find((t) => t.id === "goals")!;

async function seed(context: BrowserContext, saved: Record<string, string>): Promise<void> {
  await context.addInitScript((values: Record<string, string>) => {
    if (sessionStorage.getItem("seeded")) return;
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
    sessionStorage.setItem("seeded", "yes");
  }, saved);
}

const storedWork = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith("pivotpath"))
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

async function openPlan(page: Page): Promise<void> {
  await page.goto(`${site.url}/plan/`);
  await hydrateAll(page);
}

const goalTitles = goalsExample().goals.map((g) => g.title);

describe("sharing the plan", () => {
  it("downloads the plan as Word and as a read-only page that shows it with scripts off", async () => {
    const { page, context, problems } = await openPage(site.browser);
    await seed(context, everyExample());
    await openPlan(page);
    const word = await downloaded(page, "Download the plan (Word)");
    expect(word.name).toMatch(/^pivotpath-partnership-plan-\d{4}-\d\d-\d\d\.docx$/);
    const text = docxText(new Uint8Array(word.bytes));
    for (let step = 1; step <= 8; step++) expect(text).toContain(`Step ${step}. `);
    for (const title of goalTitles) expect(text).toContain(title);

    const copy = await downloaded(page, "Download a read-only copy");
    expect(copy.name).toMatch(/^pivotpath-partnership-plan-\d{4}-\d\d-\d\d\.html$/);
    expect(copy.bytes.toString("utf8")).not.toMatch(/<script/i);
    const offline = await site.browser.newContext({ javaScriptEnabled: false });
    const reader = await offline.newPage();
    await reader.goto(`file://${copy.path}`);
    await expect(reader.locator("script").count()).resolves.toBe(0);
    await expect(reader.locator("h2").count()).resolves.toBe(8);
    const shown = await reader.locator("body").innerText();
    for (const title of goalTitles) expect(shown).toContain(title);
    await offline.close();
    expect(problems).toEqual([]);
    await context.close();
  });

  it("makes a share link by keyboard; a fresh browser shows the plan read-only and saves a copy", async () => {
    const first = await openPage(site.browser);
    await seed(first.context, everyExample());
    await openPlan(first.page);
    await first.page.getByRole("button", { name: "Download the plan (Word)" }).focus();
    await tabTo(first.page, first.page.getByRole("button", { name: "Create a share link" }));
    await first.page.keyboard.press("Enter");
    const field = first.page.getByLabel("Share link");
    await field.waitFor();
    const link = await field.inputValue();
    expect(link.startsWith(`${site.url}/plan/view/#v1.`)).toBe(true);
    expect(link.length).toBeLessThanOrEqual(32_768);
    expect(first.problems).toEqual([]);
    await first.context.close();

    const second = await openPage(site.browser);
    await second.page.addInitScript(installWatchers);
    await second.page.goto(link);
    await second.page.getByText("This is a read-only copy of a plan shared with you by link.").waitFor();
    for (const title of goalTitles) await second.page.getByText(title).first().waitFor();
    await expect(second.page.locator('meta[name="robots"]').getAttribute("content")).resolves.toBe("noindex");
    await expect(storedWork(second.page)).resolves.toEqual({});
    const violations = await axeViolations(second.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await second.page.getByRole("button", { name: "Save a copy in this browser" }).click();
    await second.page.getByRole("status").filter({ hasText: "Saved in this browser" }).waitFor();
    const saved = await storedWork(second.page);
    expect(Object.keys(saved).sort()).toEqual(TOOLS.map((t) => `pivotpath:${t.id}`).sort());
    await openPlan(second.page);
    for (const title of goalTitles) await second.page.getByText(title).first().waitFor();
    expect((await watchedState(second.page)).csp).toEqual([]);
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  it("asks before the copy replaces saved work", async () => {
    const { page, context } = await openPage(site.browser);
    const mine = { ...goalsExample(), organization: "My own organization" };
    await seed(context, records([[goalsTool, mine]]));
    await page.goto(`${site.url}/plan/view/#${await encodeShare(exportOf(records([[goalsTool, goalsExample()]])))}`);
    await page.getByRole("button", { name: "Save a copy in this browser" }).click();
    await page.getByRole("alert").filter({ hasText: "The shared plan would replace what you have saved for: Goals worksheet" }).waitFor();
    const before = await storedWork(page);
    await page.getByRole("button", { name: "Cancel the import" }).click();
    await expect(storedWork(page)).resolves.toEqual(before);
    await page.getByRole("button", { name: "Save a copy in this browser" }).click();
    await page.getByRole("button", { name: "Replace my saved work" }).click();
    await page.getByRole("status").filter({ hasText: "Saved in this browser: Goals worksheet" }).waitFor();
    const after = await storedWork(page);
    expect(JSON.parse(after["pivotpath:goals"]!).data.organization).toBe(goalsExample().organization);
    await context.close();
  });

  it("says what is wrong with a cut or an edited link, and changes nothing", async () => {
    const fragment = await encodeShare(exportOf(everyExample()));
    const middle = Math.floor(fragment.length / 2);
    const edited = fragment.slice(0, middle) + (fragment[middle] === "A" ? "B" : "A") + fragment.slice(middle + 1);
    const { page, context, problems } = await openPage(site.browser);
    await seed(context, records([[TOOLS.find((t) => t.id === "organizations")!, organizationsExample()]]));
    await page.addInitScript(installWatchers);
    await page.goto(`${site.url}/plan/`);
    const before = await storedWork(page);
    for (const [bad, words] of [
      [fragment.slice(0, fragment.length - 300), "The link was cut short"],
      [edited, "The link was changed after it was made"],
      ["v9.1.AAAAAAAAAAAAAAAA.A", "made by a newer version of this guide"],
    ] as const) {
      await page.goto(`${site.url}/plan/view/#${bad}`);
      const alert = page.getByRole("alert").filter({ hasText: words });
      await alert.waitFor();
      await expect(alert.innerText()).resolves.toContain("Nothing in this browser was changed.");
      await expect(page.getByRole("button", { name: "Save a copy in this browser" }).count()).resolves.toBe(0);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    }
    await expect(storedWork(page)).resolves.toEqual(before);
    expect((await watchedState(page)).csp).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows names from a link as text: no markup, no script, the CSP holds", async () => {
    const goals = {
      ...goalsExample(),
      organization: HOSTILE,
      goals: goalsExample().goals.map((g, i) => (i === 0 ? { ...g, title: HOSTILE } : g)),
    };
    const text = exportOf(records([[goalsTool, goals]]));
    const { page, context, problems } = await openPage(site.browser);
    await page.addInitScript(installWatchers);
    await page.goto(`${site.url}/plan/view/#${await encodeShare(text)}`);
    await page.getByText(HOSTILE).filter({ visible: true }).first().waitFor();
    const injected = await page.evaluate(() =>
      [...document.querySelectorAll("img, script")].filter((e) => e.getAttribute("src") === "x" || e.textContent?.includes("alert(")),
    );
    expect(injected).toHaveLength(0);
    expect(await watchedState(page)).toEqual({ csp: [], xss: 0 });
    expect(problems).toEqual([]);
    await context.close();
  });
});
