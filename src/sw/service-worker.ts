/**
 * The site's service worker. The build bundles it (esbuild) and writes the list of every built file into
 * `self.__WB_MANIFEST` (workbox-build's injectManifest): see scripts/service-worker.ts.
 */
import { clientsClaim } from "workbox-core";
import { type PrecacheEntry, cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute, setCatchHandler } from "workbox-routing";
import { NetworkOnly } from "workbox-strategies";
import { OFFLINE_PATH, SKIP_WAITING, bareOfflinePage } from "~/lib/offline/words";

// The DOM typings this project compiles with have no worker scope; these are the parts used here.
declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST, {
  // pagefind asks for pagefind-entry.json?ts=…: the same file whatever the time.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
  // A static site's page is one file whatever its query: /book/?step=risks is book/index.html.
  urlManipulation: ({ url }) => [new URL(url.pathname.replace(/\/$/, "/index.html"), url.origin)],
});
cleanupOutdatedCaches();
// The first visit's page is served by the worker at once; a new version waits until the reader asks for it.
clientsClaim();

// A page that is not saved goes to the network, so that an error there reaches the catch handler below.
registerRoute(new NavigationRoute(new NetworkOnly()));

setCatchHandler(async ({ request }) => {
  if (request.mode !== "navigate") return Response.error();
  // Precache keys are file names: the directory index is not added here as it is for requests.
  const saved = await matchPrecache(`${OFFLINE_PATH}index.html`);
  return saved ?? new Response(bareOfflinePage(), { headers: { "Content-Type": "text/html; charset=utf-8" } });
});

self.addEventListener("message", (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});
