import type { SaveStatus } from "~/lib/storage/store";

const quiet = (s: SaveStatus) => s.kind === "idle" || s.kind === "pending" || s.kind === "saved";

/**
 * Two tools on one page, one "saved" line: the first tool's notice speaks for both while neither has a problem,
 * and the second's keeps only its warnings. Problems (failed, read-only, conflict) always show on their own tool.
 */
export function combineSaveStatus(first: SaveStatus, second: SaveStatus): [SaveStatus, SaveStatus] {
  const forSecond: SaveStatus = quiet(second) ? { kind: "idle" } : second;
  if (!quiet(first)) return [first, forSecond];
  if (!quiet(second)) return [{ kind: "idle" }, forSecond];
  if (first.kind === "pending" || second.kind === "pending") return [{ kind: "pending" }, forSecond];
  const at = Math.max(first.kind === "saved" ? first.at : 0, second.kind === "saved" ? second.at : 0);
  return [at > 0 ? { kind: "saved", at } : { kind: "idle" }, forSecond];
}
