import { largestGoals } from "./goals";

/** Every tool at the largest data it accepts, for `npm run bench` (test/bench/scale.ts). */
export function largestCases(): { label: string; path: string; records: Record<string, string> }[] {
  return [{ label: "50 goals", path: "/guide/goals/", records: { "pivotpath:goals": largestGoals() } }];
}
