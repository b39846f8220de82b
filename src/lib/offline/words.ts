/** Where the site's service worker is served from; its scope is the whole site. */
export const SERVICE_WORKER_URL = "/sw.js";

/** The page shown for a page the browser has not saved yet when there is no connection. */
export const OFFLINE_PATH = "/offline/";

/** The message a page sends the waiting service worker when the reader asks for the new version. */
export const SKIP_WAITING = "SKIP_WAITING";

export const OFFLINE_WORDS = {
  title: "This page needs one visit online",
  body: "You are offline, and this page is not saved on this device yet. Open it once with a connection; after that it works offline too. Your saved work is safe: it stays in this browser.",
} as const;

export const UPDATE_WORDS = {
  ready: "A new version of the guide is ready.",
  reload: "Reload",
} as const;

/**
 * The offline page as one self-contained document, for when the service worker's cache has been cleared and the
 * site's own offline page is gone with it: no scripts, no styles, nothing to fetch.
 */
export function bareOfflinePage(): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">',
    `<meta http-equiv="content-security-policy" content="default-src 'none'">`,
    `<title>${OFFLINE_WORDS.title} | PivotPath</title></head>`,
    `<body><main><h1>${OFFLINE_WORDS.title}</h1><p>${OFFLINE_WORDS.body}</p><p><a href="/">PivotPath home</a></p></main></body></html>`,
  ].join("");
}
