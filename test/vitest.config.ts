import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Unit and component tests: pure logic in node, islands in happy-dom (per-file `@vitest-environment happy-dom`). */
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("../src", import.meta.url)) } },
  test: {
    include: ["test/lib/**/*.test.ts", "test/islands/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["test/support/setup.ts"],
  },
});
