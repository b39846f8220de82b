import { type VNode, render } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * A tool's printout, plain text for paper in place of the fields and pages shown on screen: `draw` is rendered only while
 * the page prints, and at once when printing starts (before the browser lays out the printout). It is drawn away from
 * the page and put in with one insertion, so the page's style rules look at the whole printout once, not at each row.
 */
export function Printout({ draw, class: className }: { draw: () => VNode | null; class: string }) {
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(draw);
  latest.current = draw;
  useEffect(() => {
    const el = box.current;
    const query = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    if (!el) return;
    const sheet = document.createElement("div");
    const show = () => {
      render(latest.current(), sheet);
      el.replaceChildren(sheet);
    };
    const clear = () => {
      el.replaceChildren();
      render(null, sheet);
    };
    const follow = () => (query?.matches ? show() : clear());
    window.addEventListener("beforeprint", show);
    window.addEventListener("afterprint", clear);
    query?.addEventListener("change", follow);
    return () => {
      window.removeEventListener("beforeprint", show);
      window.removeEventListener("afterprint", clear);
      query?.removeEventListener("change", follow);
      clear();
    };
  }, []);
  return <div ref={box} class={className} />;
}
