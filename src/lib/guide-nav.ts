/** The minimum a navigation helper needs of a guide entry. */
export interface StepRef {
  id: string;
  data: { step: number; navTitle: string; title: string };
}

/** Guide entries in step order. */
export function inStepOrder<T extends StepRef>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.step - b.data.step);
}

/** The steps before and after `id` in step order (null at the ends). */
export function neighbours<T extends StepRef>(entries: readonly T[], id: string): { previous: T | null; next: T | null } {
  const ordered = inStepOrder(entries);
  const index = ordered.findIndex((entry) => entry.id === id);
  if (index === -1) return { previous: null, next: null };
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null };
}

export function stepHref(id: string): string {
  return `/guide/${id}/`;
}
