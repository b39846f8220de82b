import type { KeyValueStore } from "~/lib/storage/safe-storage";
import { type SavedItem, inspectSaved } from "~/lib/storage/workspace";
import { TOOLS } from "~/lib/tools";

/** /plan/'s heavy part: the storage core's load path and every tool's schema, for reading, importing and exporting. */
export { MAX_IMPORT_BYTES, applyImport, exportWorkspace, readWorkspace } from "~/lib/storage/workspace";
export { TOOLS };

/** What storage holds for every registered tool. */
export function inspectAll(storage: KeyValueStore | null): SavedItem[] {
  return inspectSaved(TOOLS, storage);
}
