import type { TestProject } from "vitest/node";
import { launchChromiumServer } from "../support/browser";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the run's one Chromium listens; each test file connects to it instead of starting its own. */
    chromiumEndpoint: string;
  }
}

/** Starts one Chromium for the whole browser run (a start costs about half a second of CPU, once per file before). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await launchChromiumServer();
  project.provide("chromiumEndpoint", server.wsEndpoint());
  return () => server.close();
}
