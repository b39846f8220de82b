import { useRef } from "preact/hooks";

/** How far the pointer must travel before a press counts as a drag, not a click. */
const DRAG_PX = 4;

const cellUnder = (x: number, y: number) =>
  document.elementsFromPoint(x, y).find((node): node is HTMLElement => node instanceof HTMLElement && node.dataset["power"] !== undefined);

/**
 * Pointer dragging of a grid marker: it follows the pointer, and on release lands in the cell under it (a cell carries
 * data-power and data-interest); `onDrop` gets that cell's scores. A press without travel stays a click.
 */
export function useDrag(onDrop: (power: number, interest: number) => void) {
  const start = useRef<{ x: number; y: number; pointer: number; moved: boolean } | null>(null);
  const reset = (el: HTMLElement) => {
    start.current = null;
    el.style.transform = "";
    el.classList.remove("pi-grid__marker--dragging");
  };
  return {
    onPointerDown(event: PointerEvent) {
      if (event.button !== 0) return;
      (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
      start.current = { x: event.clientX, y: event.clientY, pointer: event.pointerId, moved: false };
    },
    onPointerMove(event: PointerEvent) {
      const from = start.current;
      if (!from || from.pointer !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (!from.moved && Math.hypot(dx, dy) < DRAG_PX) return;
      from.moved = true;
      const el = event.currentTarget as HTMLElement;
      el.classList.add("pi-grid__marker--dragging");
      el.style.transform = `translate(${dx}px, ${dy}px)`;
    },
    onPointerUp(event: PointerEvent) {
      const from = start.current;
      if (!from || from.pointer !== event.pointerId) return;
      reset(event.currentTarget as HTMLElement);
      const cell = from.moved ? cellUnder(event.clientX, event.clientY) : undefined;
      if (cell) onDrop(Number(cell.dataset["power"]), Number(cell.dataset["interest"]));
    },
    onPointerCancel(event: PointerEvent) {
      reset(event.currentTarget as HTMLElement);
    },
  };
}
