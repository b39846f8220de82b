import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const resolve = { alias: { "~": fileURLToPath(new URL("../src", import.meta.url)) } };
// Property tests run thousands of cases; on a loaded 2-core machine the default 5 s is not enough for them.
const shared = { environment: "node", setupFiles: ["test/support/setup.ts"], testTimeout: 20_000 };

/**
 * Unit and component tests: pure logic in node, islands in happy-dom (per-file `@vitest-environment happy-dom`), on both
 * of this machine's cores (the default leaves one idle), in worker threads (cheaper to start than the default child
 * processes). The lib tests share their modules within a worker (`isolate: false`): lib is framework-free and keeps no
 * state between calls, and importing it afresh for each of its files cost about half the suite's time. Islands hold their tools' state in modules, so each of their files starts clean.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    pool: "threads",
    projects: [
      { resolve, test: { ...shared, name: "lib", include: ["test/lib/**/*.test.ts"], isolate: false } },
      { resolve, test: { ...shared, name: "islands", include: ["test/islands/**/*.test.tsx"] } },
    ],
  },
});
