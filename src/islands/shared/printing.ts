import { signal } from "@preact/signals";
import { useEffect } from "preact/hooks";

/** True while the browser prints: paged lists then show every row. */
export const printing = signal(false);

/** Keeps `printing` in step with the browser (the rows are drawn before the browser lays out the printout). */
export function useFollowPrinting(): void {
  useEffect(() => {
    const query = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    const start = () => (printing.value = true);
    const end = () => (printing.value = false);
    const follow = () => (printing.value = query?.matches ?? false);
    window.addEventListener("beforeprint", start);
    window.addEventListener("afterprint", end);
    query?.addEventListener("change", follow);
    return () => {
      window.removeEventListener("beforeprint", start);
      window.removeEventListener("afterprint", end);
      query?.removeEventListener("change", follow);
    };
  }, []);
}
