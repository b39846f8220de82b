/**
 * `npm run bench:compare -- <dir A> <dir B> [page] [visits]`: the worst interaction of one calculator page in two builds,
 * visits alternating A, B, A, B… (default /guide/risks/, 8 visits each), with the medians. The machine's speed drifts by
 * 2× within minutes, which swamps a before/after comparison of two runs; alternating visits share the drift.
 * E.g. `cp -r dist /tmp/before`, change and build, then `npm run bench:compare -- /tmp/before dist`.
 */
import { READER_CHROMIUM, launchChromium } from "../support/browser.ts";
import { serveStatic } from "../support/static-server.ts";
import { median } from "./budgets.ts";
import { worstOfOneVisit } from "./interactions.ts";

const [dirA, dirB, page = "/guide/risks/", visits = "8"] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error("Usage: npm run bench:compare -- <dir A> <dir B> [page] [visits]");
  process.exit(2);
}
const builds = [dirA, dirB];
const servers = await Promise.all(builds.map((dir) => serveStatic(dir)));
const browser = await launchChromium(READER_CHROMIUM);
const worst: number[][] = builds.map(() => []);
try {
  for (let i = 0; i < Number(visits); i++) {
    for (const [k, server] of servers.entries()) {
      const visit = await worstOfOneVisit(browser, server.url + page);
      worst[k]?.push(Math.round(visit.worst));
      console.log(`visit ${i + 1}, ${builds[k]}: ${Math.round(visit.worst)} ms (${visit.what})`);
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
for (const [k, dir] of builds.entries()) {
  const values = worst[k] ?? [];
  console.log(`${dir}: median ${median(values)} ms (${[...values].sort((a, b) => a - b).join("/")})`);
}
