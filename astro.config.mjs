// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";

export default defineConfig({
  site: "https://guide.pivotpath.example",
  trailingSlash: "always",
  integrations: [mdx(), preact()],
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      // pagefind compiles its WebAssembly on the page; 'wasm-unsafe-eval' allows that and no JavaScript eval.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Component styles go in files: inline <style> blocks from MDX-embedded islands are not hashed into the CSP.
  build: { format: "directory", inlineStylesheets: "never" },
  // No code blocks in the guide; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  // Dynamic imports (charts, search) load on demand; Vite's preload helper would add 1 KB to every page.
  vite: { build: { modulePreload: false } },
});
