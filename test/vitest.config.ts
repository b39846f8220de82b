import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Unit and component tests: pure logic in node, islands in happy-dom (per-file `@vitest-environment happy-dom`). */
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("../src", import.meta.url)) } },
  test: {
    include: ["test/lib/**/*.test.ts", "test/islands/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["test/support/setup.ts"],
    // Property tests run thousands of cases; on a loaded 2-core machine the default 5 s is not enough for them.
    testTimeout: 20_000,
    // Two workers: the default leaves one of this machine's two cores idle (100 s → 67 s).
    maxWorkers: 2,
  },
});
