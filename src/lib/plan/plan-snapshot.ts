import type { KeyValueStore } from "../storage/safe-storage";
import type { AnyTool } from "../storage/tool";
import { type SavedItem, inspectSaved } from "../storage/workspace";
import { TOOLS } from "../tools";
import type { PlanSnapshot } from "./plan-document";

/** What storage holds for the plan: each readable tool's data, and why each other saved record could not be read. */
export interface PlanReading {
  snapshot: PlanSnapshot;
  /** Tool id → the reason its saved record is not used, in words; tools with nothing saved are absent. */
  unreadable: Readonly<Partial<Record<string, string>>>;
}

function whyUnreadable(item: Exclude<SavedItem, { state: "empty" | "saved" }>): string {
  if (item.state === "newer") return `${item.message} The plan leaves it out: reload the page to get the newest version of the guide.`;
  if (item.state === "unavailable") return `${item.tool.title} cannot be read: ${item.message}.`;
  return `${item.message} The plan leaves it out. To recover it, open this step's page: the tool there keeps a copy of what was saved and offers it to download.`;
}

/**
 * Every tool's saved record through the storage core's one load path (envelope, version, migrations, schema): the
 * validated data and its save time. A record that does not pass is never used as data; its reason is kept instead.
 */
export function readPlanSnapshot(storage: KeyValueStore | null, tools: readonly AnyTool[] = TOOLS): PlanReading {
  return planReadingOf(inspectSaved(tools, storage));
}

/** The plan's reading of what the storage core found per tool (inspectSaved), for a page that shows both. */
export function planReadingOf(items: readonly SavedItem[]): PlanReading {
  const snapshot: Record<string, { data: unknown; savedAt: number }> = {};
  const unreadable: Record<string, string> = {};
  for (const item of items) {
    if (item.state === "empty") continue;
    if (item.state === "saved") snapshot[item.tool.id] = { data: item.data, savedAt: item.savedAt };
    else unreadable[item.tool.id] = whyUnreadable(item);
  }
  return { snapshot, unreadable };
}
