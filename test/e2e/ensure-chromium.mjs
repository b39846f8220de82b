// Makes sure the browser tests' Chromium (Debian's chromium-headless-shell, or CHROMIUM_PATH) is there before they run.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium-headless-shell";
if (!existsSync(PATH)) {
  if (!process.env.CHROMIUM_PATH && typeof process.getuid === "function" && process.getuid() === 0) {
    console.log("Chromium is missing: installing Debian's chromium-headless-shell package…");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell", { stdio: "inherit" });
  } else {
    console.error(
      `Chromium was not found at ${PATH}. Install it with: sudo apt-get install -y chromium-headless-shell (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
}
