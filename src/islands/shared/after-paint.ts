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
