import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Browser tests: the built site (dist/) served on 127.0.0.1, driven in Debian's Chromium. */
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("../../src", import.meta.url)) } },
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    // One file at a time: two at once (each with its own Chromium, on two cores) halved the time but made the paint-timing
    // tests of loading.e2e.ts see a layout shift of the header in one run of three.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
