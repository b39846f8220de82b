/**
 * Runs `work` after the browser has painted the current frame, so that a click gets its visible response
 * at once and a large re-render (loading an example, clearing a tool) does not hold up that paint.
 */
export function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame === "undefined") {
    setTimeout(work, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(work, 0));
}

/**
 * Gives `field` the focus at once and scrolls it into view, if it is out of view, in the frame after the current one:
 * the frame that answers a click then draws only what the click changed (a cleared form, a confirmation), not the whole
 * page at a new scroll position as well. Nothing scrolls if the reader has moved the focus on by then.
 */
export function focusThenReveal(field: HTMLElement): void {
  field.focus({ preventScroll: true });
  afterPaint(() => {
    if (document.activeElement !== field) return;
    const box = field.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) field.scrollIntoView({ block: "center" });
  });
}
