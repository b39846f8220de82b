import type { PlanSnapshot } from "../plan/plan-document";
import { parseJson } from "../storage/decode";
import type { AnyTool } from "../storage/tool";
import { type ImportEntry, readWorkspace } from "../storage/workspace";
import { decodeShare } from "./share-link";

/** A share link read and checked as an import would be, with its records as a plan snapshot to show. */
export type SharedPlan = { ok: true; text: string; entries: ImportEntry[]; snapshot: PlanSnapshot } | { ok: false; message: string };

/** Each checked record with when it was saved in the sharer's browser (0 where the file does not say). */
function snapshotOf(text: string, entries: readonly ImportEntry[]): PlanSnapshot {
  const parsed = parseJson(text);
  const records = (parsed.ok ? (parsed.value as { records?: Record<string, { savedAt?: unknown }> }).records : undefined) ?? {};
  return Object.fromEntries(
    entries.map(({ tool, data }) => {
      const at = records[tool.id]?.savedAt;
      return [tool.id, { data, savedAt: typeof at === "number" ? at : 0 }];
    }),
  );
}

/**
 * A link's fragment decoded and checked completely, as /plan/'s import checks a file, against no storage: nothing
 * is written, and nothing from this browser's saved work is read.
 */
export async function readSharedPlan(fragment: string, tools: readonly AnyTool[]): Promise<SharedPlan> {
  const decoded = await decodeShare(fragment);
  if (!decoded.ok) return decoded;
  const plan = readWorkspace(decoded.text, tools, null);
  if (!plan.ok) return { ok: false, message: `What the link holds was checked as an imported file would be, and refused. ${plan.message}` };
  return { ok: true, text: decoded.text, entries: plan.entries, snapshot: snapshotOf(decoded.text, plan.entries) };
}
