import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Browser tests: the built site (dist/) served on 127.0.0.1, driven in Debian's Chromium. */
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("../../src", import.meta.url)) } },
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    environment: "node",
    // Two files at a time, each with its own server and Chromium: the machine has two cores.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
