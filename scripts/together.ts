/**
 * `node scripts/together.ts <script> <script>…`: runs npm scripts at the same time and fails if any fails. Each
 * script's output is held and printed whole when it ends, so the outputs never interleave. For steps that use one core
 * each (formatting, linting, type checking, building), which on a 2-core machine take half the time side by side.
 */
import { spawn } from "node:child_process";

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error("Usage: node scripts/together.ts <npm script> <npm script>…");
  process.exit(2);
}

const started = performance.now();
const results = await Promise.all(
  scripts.map(
    (script) =>
      new Promise<{ script: string; code: number }>((resolve) => {
        const child = spawn("npm", ["run", "--silent", script], {
          stdio: ["ignore", "pipe", "pipe"],
          env: { ...process.env, FORCE_COLOR: "1" },
        });
        const output: Buffer[] = [];
        child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
        child.on("error", (error) => output.push(Buffer.from(`${error.message}\n`)));
        child.on("close", (code) => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          process.stdout.write(`\n── npm run ${script}: ${code === 0 ? "passed" : `failed (exit ${code})`} after ${seconds} s ──\n`);
          process.stdout.write(Buffer.concat(output));
          resolve({ script, code: code ?? 1 });
        });
      }),
  ),
);
const failed = results.filter((r) => r.code !== 0).map((r) => r.script);
if (failed.length) {
  console.error(`\nFailed: ${failed.join(", ")}`);
  process.exit(1);
}
