import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./browser";
import { serveStatic } from "./static-server";

/** The built site and a browser, shared by the tests of one file. */
export function useSite(): { readonly url: string; readonly browser: Browser } {
  const site = { url: "", browser: null as unknown as Browser };
  let close: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    const server = await serveStatic("dist");
    close = server.close;
    site.url = server.url;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
