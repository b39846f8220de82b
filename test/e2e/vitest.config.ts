import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const alias = { "~": fileURLToPath(new URL("../../src", import.meta.url)) };
const timeouts = { testTimeout: 60_000, hookTimeout: 60_000 };

/**
 * Browser tests: the built site (dist/) served on 127.0.0.1, driven in Debian's Chromium. The paint-timing tests
 * (loading.e2e.ts: a page cut in two must not shift) run first and alone, since a second Chromium on two cores delays
 * the CSS they wait for; the other files then run two at a time, connected to one Chromium that shared-chromium.ts starts.
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "paint",
          include: ["test/e2e/loading.e2e.ts"],
          environment: "node",
          maxWorkers: 1,
          sequence: { groupOrder: 0 },
          ...timeouts,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "browser",
          include: ["test/e2e/**/*.e2e.ts"],
          exclude: ["test/e2e/loading.e2e.ts"],
          environment: "node",
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          globalSetup: ["test/e2e/shared-chromium.ts"],
          ...timeouts,
        },
      },
    ],
  },
});
