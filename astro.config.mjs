// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";

export default defineConfig({
  site: "https://guide.pivotpath.example",
  trailingSlash: "always",
  integrations: [mdx(), preact()],
  security: { csp: true },
  build: { format: "directory" },
  // No code blocks in the guide; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
});
