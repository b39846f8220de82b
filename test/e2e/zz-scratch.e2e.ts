import { it } from "vitest";
import { hydrateAll, openPage } from "../support/browser";
import { useSite } from "../support/site";
const site = useSite();
it("shots", async () => {
  const scheme = (process.env["SCHEME"] ?? "light") as "light" | "dark";
  const { page, context } = await openPage(site.browser, { colorScheme: scheme, viewport: { width: 1100, height: 900 } });
  await page.goto(`${site.url}/guide/resources/`);
  await hydrateAll(page);
  await page.getByRole("button", { name: "Load example" }).click();
  await hydrateAll(page);
  await page.waitForTimeout(500);
  const sections = page.locator("section.tool > section, section.tool > aside");
  const n = await sections.count();
  await page.locator("section.tool").screenshot({ path: `/tmp/costing-scratch/top.png`, clip: undefined }).catch(() => {});
  for (let i = 0; i < n; i++) await sections.nth(i).screenshot({ path: `/tmp/costing-scratch/${scheme}-${i}.png` });
  await context.close();
});
