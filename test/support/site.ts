import type { Browser } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { connectChromium, launchChromium } from "./browser";
import { serveStatic } from "./static-server";

/**
 * The built site and a browser, shared by the tests of one file. The site is dist/, or the build named by SITE_DIST
 * (e.g. an older build, to check that a new test fails on it). Closing a connected browser closes the file's contexts
 * and disconnects; the shared Chromium goes on for the other files.
 */
export function useSite(): { readonly url: string; readonly browser: Browser } {
  const site = { url: "", browser: null as unknown as Browser };
  let close: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    const server = await serveStatic(process.env["SITE_DIST"] || "dist");
    close = server.close;
    site.url = server.url;
    // The run's shared Chromium (test/e2e/shared-chromium.ts), or one of its own when run without it.
    const endpoint = inject("chromiumEndpoint");
    site.browser = endpoint ? await connectChromium(endpoint) : await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
