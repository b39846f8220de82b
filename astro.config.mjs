// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";

/**
 * Astro 7 marks every MDX page "use astro:head-inject", which Rolldown warns it may not keep (MODULE_LEVEL_DIRECTIVE),
 * eight times a build; Astro does not need it kept (withastro/astro#18087, open). This drops exactly that warning and
 * prints every other. A plugin, since Astro builds pages in Vite environments of its own that ignore `vite.build`.
 * @type {import("vite").Plugin}
 */
const quietHeadInjectWarning = {
  name: "quiet-head-inject-warning",
  configEnvironment: () => ({
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  }),
};

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
  vite: {
    build: {
      // Dynamic imports (charts, search) load on demand; Vite's preload helper would add 1 KB to every page.
      modulePreload: false,
    },
    plugins: [quietHeadInjectWarning],
  },
});
