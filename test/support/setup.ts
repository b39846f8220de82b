import { afterEach } from "vitest";
import { resetToolStates } from "~/islands/shared/tool-state";
import { forgetLiveStores } from "~/lib/storage/live-stores";

afterEach(async () => {
  if (typeof document !== "undefined") {
    const { cleanup } = await import("@testing-library/preact");
    cleanup();
    localStorage.clear();
  }
  resetToolStates();
  forgetLiveStores();
});
