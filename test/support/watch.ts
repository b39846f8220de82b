import type { Page } from "playwright-core";

/** Injected before any page script: records CSP violations and any dialog or marker an injected script would set. */
export function installWatchers(): void {
  const w = window as unknown as { __csp: string[]; __xss: number };
  w.__csp = [];
  w.__xss = 0;
  document.addEventListener("securitypolicyviolation", (event) => {
    w.__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
  });
  for (const name of ["alert", "confirm", "prompt"] as const) {
    (window as unknown as Record<string, () => void>)[name] = () => {
      w.__xss += 1;
    };
  }
}

export async function watchedState(page: Page): Promise<{ csp: string[]; xss: number }> {
  return page.evaluate(() => {
    const w = window as unknown as { __csp: string[]; __xss: number };
    return { csp: w.__csp, xss: w.__xss };
  });
}

/**
 * Waits until work a toolbar deferred past the next paint (loading an example, clearing) has run and rendered.
 */
export async function settleToolbars(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(done, 0)), 0))),
  );
  await page.waitForFunction(() => [...document.querySelectorAll(".toolbar__busy")].every((status) => !status.textContent));
}

/** Clicks the (first) "Load example" button and waits until the example is on screen. */
export async function clickLoadExample(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Load example" }).first().click();
  await settleToolbars(page);
}

/** Clicks every "Load example" button on the page (confirming where the tool asks first). */
export async function loadExamples(page: Page): Promise<void> {
  const buttons = page.getByRole("button", { name: "Load example" });
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    await buttons.nth(i).click();
    const confirm = page.getByRole("button", { name: /Yes, load the example/ });
    if (await confirm.count()) await confirm.first().click();
    await settleToolbars(page);
  }
}

/** Pages that carry tools, and every page of the site. */
export const TOOL_PAGES = [
  "/guide/goals/",
  "/guide/partners/",
  "/guide/business-case/",
  "/guide/roles/",
  "/guide/risks/",
  "/guide/community/",
  "/guide/resources/",
  "/guide/evaluation/",
];
export const ALL_PAGES = [
  "/",
  "/guide/goals/",
  "/guide/partners/",
  "/guide/business-case/",
  "/guide/roles/",
  "/guide/risks/",
  "/guide/community/",
  "/guide/resources/",
  "/guide/evaluation/",
  "/book/",
  "/plan/",
  "/plan/view/",
  "/no-such-page/",
];
