// Makes sure Debian's Chromium is at /usr/bin/chromium before the browser tests run.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!existsSync(PATH)) {
  if (typeof process.getuid === "function" && process.getuid() === 0) {
    console.log("Chromium is missing: installing Debian's chromium package…");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit" });
  } else {
    console.error(`Chromium was not found at ${PATH}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
}
