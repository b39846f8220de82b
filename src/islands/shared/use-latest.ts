import { useRef } from "preact/hooks";

/**
 * A ref holding the value of the latest render. For handlers that keep their identity from render to render (so that
 * memoised children skip re-rendering) yet must act on the data as the reader last saw it.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
