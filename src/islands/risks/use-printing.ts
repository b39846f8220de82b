import { useEffect, useState } from "preact/hooks";

/** True while the page is being printed, so print-only parts are in the page only then. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const query = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    const start = () => setPrinting(true);
    const stop = () => setPrinting(false);
    const follow = () => setPrinting(query?.matches ?? false);
    window.addEventListener("beforeprint", start);
    window.addEventListener("afterprint", stop);
    query?.addEventListener("change", follow);
    return () => {
      window.removeEventListener("beforeprint", start);
      window.removeEventListener("afterprint", stop);
      query?.removeEventListener("change", follow);
    };
  }, []);
  return printing;
}
