import { afterEach } from "vitest";
import { forgetLiveStores } from "~/lib/storage/live-stores";

afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/preact");
    cleanup();
    localStorage.clear();
  }
  forgetLiveStores();
});
