import { afterEach } from "vitest";

afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/preact");
    cleanup();
    localStorage.clear();
  }
});
