// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";

export default defineConfig({
  site: "https://guide.pivotpath.example",
  trailingSlash: "always",
  integrations: [mdx(), preact()],
  security: { csp: true },
  // Island stylesheets inlined into a page get the hash of an empty string in the CSP, so the browser
  // blocks them; as files they fall under 'self'.
  build: { format: "directory", inlineStylesheets: "never" },
  // No code blocks in the guide; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
});
