import { useCallback, useState } from "preact/hooks";

export interface Undoable {
  /** What was done, e.g. "Deleted “Late payments”". */
  message: string;
  undo: () => void;
}

/** Remembers the last undoable action until it is undone or replaced. */
export function useUndo() {
  const [last, setLast] = useState<Undoable | null>(null);
  const offer = useCallback((action: Undoable) => setLast(action), []);
  const undo = useCallback(() => {
    setLast((current) => {
      current?.undo();
      return null;
    });
  }, []);
  const dismiss = useCallback(() => setLast(null), []);
  return { last, offer, undo, dismiss };
}
