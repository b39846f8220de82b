/**
 * Writes dist/sw.js: src/sw/service-worker.ts bundled for the browser, with the list of the built site's files
 * (URL and a hash of the content) that it saves on the first visit. Run after `astro build` and `pagefind`, whose
 * index it lists too. A file that changed gets a new hash, so sw.js changes and browsers install the new version.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { injectManifest } from "workbox-build";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export async function buildServiceWorker(dist: string): Promise<{ count: number; size: number }> {
  const temp = await mkdtemp(join(tmpdir(), "pivotpath-sw-"));
  try {
    const swSrc = join(temp, "sw.js");
    await build({
      entryPoints: [join(ROOT, "src/sw/service-worker.ts")],
      tsconfig: join(ROOT, "tsconfig.json"),
      outfile: swSrc,
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2022",
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
    const { count, size, warnings } = await injectManifest({
      swSrc,
      swDest: join(resolve(dist), "sw.js"),
      globDirectory: resolve(dist),
      globPatterns: ["**/*.{html,js,css,svg,txt,json,wasm,pf_meta,pf_index,pf_fragment}", "pagefind/wasm.*.pagefind"],
      globIgnores: [
        // As a URL, /404.html answers 404, and one failed file fails the whole install.
        "404.html",
        "sw.js",
        // pagefind's own search interfaces: the site has its own and never loads these.
        "pagefind/pagefind-ui.*",
        "pagefind/pagefind-modular-ui.*",
        "pagefind/pagefind-component-ui.*",
        "pagefind/pagefind-highlight.js",
        "pagefind/pagefind-worker.js",
      ],
      // Astro's file names carry a hash of their content: no revision needed, and no cache-busting query.
      dontCacheBustURLsMatching: /^_astro\//,
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    });
    for (const warning of warnings) console.warn(`[service worker] ${warning}`);
    return { count, size };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { count, size } = await buildServiceWorker(process.argv[2] ?? "dist");
  console.log(`[service worker] dist/sw.js saves ${count} files (${Math.round(size / 1024)} KB) on a reader's first visit`);
}
