// @ts-check
import { defineConfig } from "astro/config";
import { loadEnv } from "vite";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import { minify } from "terser";

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

/**
 * chart.js is minified again by Terser, two passes, after the default minifier: it comes out markedly smaller, and
 * Terser on the site's own code gained nothing and tripled the build's time (figures in docs/quality.md). A plugin of
 * the client environment, for the same reason as the one above.
 * @type {import("vite").Plugin}
 */
const terserForChartJs = {
  name: "terser-for-chart-js",
  applyToEnvironment: (environment) => environment.name === "client",
  async generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== "chunk" || !chunk.moduleIds.some((id) => id.includes("/node_modules/chart.js/"))) continue;
      const minified = await minify(chunk.code, { module: true, compress: { passes: 2 } });
      if (minified.code) chunk.code = minified.code;
    }
  },
};

/**
 * Two whole copies of chart.js, one per chart bundle (src/lib/charts/bar-charts.ts says why): a module imported as
 * "chart.js?bar-charts" passes its suffix on to everything it imports, chart.js's helpers and colour library included,
 * so each bundle holds all it needs and no chart code is shared between the two (a shared part would be a third file,
 * and each page would load more of chart.js than its charts use). Vite reads a suffixed module from the same file.
 * @type {import("vite").Plugin}
 */
const chartCopies = {
  name: "chart-copies",
  enforce: "pre",
  async resolveId(source, importer) {
    const suffix = importer?.match(/\?(?:bar|line)-charts$/)?.[0];
    if (!suffix || source.includes("?")) return null;
    const resolved = await this.resolve(source, importer.slice(0, -suffix.length), { skipSelf: true });
    return resolved && { ...resolved, id: resolved.id + suffix };
  },
};

/**
 * Warns at the end of a build whose booking links would go to the placeholder form (src/config.ts), or to an address
 * that is not a web address. The variable may come from the environment or a .env file.
 * @type {import("astro").AstroIntegration}
 */
const bookingFormCheck = {
  name: "booking-form-check",
  hooks: {
    "astro:build:done": ({ logger }) => {
      const url = loadEnv("production", process.cwd(), "PUBLIC_")["PUBLIC_BOOKING_FORM_URL"] ?? "";
      if (!url) {
        logger.warn(
          "PUBLIC_BOOKING_FORM_URL is not set: every booking link goes to the placeholder form in src/config.ts. " +
            'Set it to the real form\'s address where you build (README, "Booking setting").',
        );
      } else if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
        logger.warn(`PUBLIC_BOOKING_FORM_URL is not a web address (https://…): "${url}". The booking links will not work.`);
      }
    },
  },
};

export default defineConfig({
  site: "https://guide.pivotpath.example",
  trailingSlash: "always",
  integrations: [mdx(), preact(), bookingFormCheck],
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
    plugins: [quietHeadInjectWarning, terserForChartJs, chartCopies],
  },
});
