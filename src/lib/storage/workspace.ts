import * as v from "valibot";
import { decodeRecord, decodeStoredText, describeIssues, encodeRecord, parseJson } from "./decode";
import { findHostileContent } from "./hostile";
import { APP_ID, storageKey } from "./record";
import { type KeyValueStore, describeProblem, keepAside, readItem, removeItem, writeItem } from "./safe-storage";
import type { AnyTool, ToolDefinition } from "./tool";

/** Format version of the workspace export file. */
export const WORKSPACE_FORMAT = 1;
/** Largest file an import reads. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A whole workspace as exported to a file. */
const WorkspaceSchema = v.object({
  /** Always APP_ID. */
  app: v.literal(APP_ID),
  /** Always "workspace". */
  kind: v.literal("workspace"),
  /** WORKSPACE_FORMAT at the time of export. */
  format: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** ISO 8601 time of export. */
  exportedAt: v.string(),
  /** Each tool's stored record, by tool id. */
  records: v.record(v.string(), v.unknown()),
});

export type WorkspaceFile = v.InferOutput<typeof WorkspaceSchema>;

/** What storage holds for one tool. */
export type SavedItem =
  | { tool: AnyTool; state: "empty" }
  | { tool: AnyTool; state: "saved"; summary: string; savedAt: number; data: unknown }
  | { tool: AnyTool; state: "unreadable" | "newer"; message: string; raw: string }
  | { tool: AnyTool; state: "unavailable"; message: string };

export function inspectSaved(tools: readonly AnyTool[], storage: KeyValueStore | null): SavedItem[] {
  return tools.map((tool): SavedItem => {
    const read = readItem(storage, storageKey(tool.id));
    if (!read.ok) return { tool, state: "unavailable", message: describeProblem(read.problem) };
    if (read.value === null) return { tool, state: "empty" };
    const decoded = decodeStoredText(tool, read.value);
    if (decoded.ok) return { tool, state: "saved", summary: tool.summarize(decoded.data), savedAt: decoded.savedAt, data: decoded.data };
    return { tool, state: decoded.reason === "newer" ? "newer" : "unreadable", message: decoded.message, raw: read.value };
  });
}

/** Every readable tool record, in the current format, as one file. Unreadable ones are named in `skipped`. */
export function exportWorkspace(
  tools: readonly AnyTool[],
  storage: KeyValueStore | null,
  now: number,
): { file: WorkspaceFile; skipped: string[] } {
  const records: Record<string, unknown> = {};
  const skipped: string[] = [];
  for (const item of inspectSaved(tools, storage)) {
    if (item.state === "empty") continue;
    if (item.state !== "saved") {
      skipped.push(item.tool.title);
      continue;
    }
    const encoded = encodeRecord(item.tool, item.data, item.savedAt);
    if (encoded.ok) records[item.tool.id] = JSON.parse(encoded.text) as unknown;
  }
  return { file: workspaceFile(records, now), skipped };
}

/**
 * A plan file holding one tool's data as the page has it, saved or not: what a reader whose browser has stopped saving
 * downloads to keep their work, and imports on the plan page later. Null where the data fails the tool's schema.
 */
export function exportToolData<T>(tool: ToolDefinition<T>, data: T, now: number): WorkspaceFile | null {
  const encoded = encodeRecord(tool, data, now);
  return encoded.ok ? workspaceFile({ [tool.id]: JSON.parse(encoded.text) as unknown }, now) : null;
}

function workspaceFile(records: Record<string, unknown>, now: number): WorkspaceFile {
  return { app: APP_ID, kind: "workspace", format: WORKSPACE_FORMAT, exportedAt: new Date(now).toISOString(), records };
}

export interface ImportEntry {
  tool: AnyTool;
  data: unknown;
}

export type ImportPlan =
  | {
      ok: true;
      entries: ImportEntry[];
      /** Titles of tools whose current saved data the import would replace. */
      replaces: string[];
      /** Of those, the titles whose saved data this page cannot read (unreadable, or from a newer version): each is copied aside first. */
      keptAside: string[];
      /** What the import changed on the way in, in words (rows given new ids). */
      notes: string[];
    }
  | { ok: false; message: string };

/** What a PivotPath file that is not a workspace export is, and where it belongs, in words; null for anything else. */
function otherKindOfFile(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const file = value as { app?: unknown; kind?: unknown; tool?: unknown };
  if (file.app !== APP_ID) return null;
  if (file.kind === "health-answers") {
    return "This is a partner's health-check answer file, not a plan export. Import it in the partnership health check on the Evaluation page (step 8).";
  }
  return null;
}

/**
 * One tool's saved record on its own (the copy /plan/ offers of data it could not read) read as an export holding that
 * record alone, so a copy kept aside can be brought back; anything else is returned as it is.
 */
function asWorkspace(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const file = value as { app?: unknown; kind?: unknown; tool?: unknown };
  if (file.app !== APP_ID || file.kind !== undefined || typeof file.tool !== "string") return value;
  return { app: APP_ID, kind: "workspace", format: WORKSPACE_FORMAT, exportedAt: "", records: { [file.tool]: value } };
}

/** Reads an export file completely and checks every record before anything is written. */
export function readWorkspace(text: string, tools: readonly AnyTool[], storage: KeyValueStore | null): ImportPlan {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
    return { ok: false, message: "The file is larger than 5 MB, more than any export of this guide." };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { ok: false, message: "The file is not a plan exported from this guide: its text cannot be read as one (it may be cut short)." };
  }
  const hostile = findHostileContent(parsed.value);
  if (hostile) return { ok: false, message: `The file was refused: ${hostile}.` };
  const other = otherKindOfFile(parsed.value);
  if (other) return { ok: false, message: other };
  if ((parsed.value as { app?: unknown } | null)?.app !== APP_ID) {
    return { ok: false, message: "The file is not a plan exported from this guide." };
  }
  const file = v.safeParse(WorkspaceSchema, asWorkspace(parsed.value));
  if (!file.success) {
    return { ok: false, message: `The file is not a plan export this guide can read (${describeIssues(file.issues)}).` };
  }
  if (file.output.format > WORKSPACE_FORMAT) {
    return {
      ok: false,
      message: "The file comes from a newer version of this guide. Reload the page to get the newest version, then import it again.",
    };
  }
  const byId = new Map(tools.map((tool) => [tool.id, tool]));
  const entries: ImportEntry[] = [];
  const notes: string[] = [];
  for (const [id, record] of Object.entries(file.output.records)) {
    const tool = byId.get(id);
    if (!tool)
      return {
        ok: false,
        message: `The file holds data for a tool this version does not know ("${id}"). It may come from a newer version of this guide.`,
      };
    const decoded = decodeRecord(tool, record);
    if (!decoded.ok) return { ok: false, message: `The file was refused. ${decoded.message}` };
    if (decoded.renamed > 0) notes.push(renamedNote(tool.title, decoded.renamed));
    entries.push({ tool, data: decoded.data });
  }
  if (entries.length === 0) return { ok: false, message: "The file holds no saved work." };
  const replaces: string[] = [];
  const keptAside: string[] = [];
  for (const { tool } of entries) {
    const saved = savedState(tool, storage);
    if (saved === "empty") continue;
    replaces.push(tool.title);
    if (saved === "unreadable") keptAside.push(tool.title);
  }
  return { ok: true, entries, replaces, keptAside, notes };
}

function renamedNote(title: string, renamed: number): string {
  const rows = renamed === 1 ? "1 row shared its id with another row" : `${renamed} rows shared their ids with other rows`;
  return `${title}: ${rows} and got a new one, so each can be changed on its own.`;
}

/** Whether storage holds nothing, readable data, or data this page cannot read (to be kept aside before it is replaced). */
function savedState(tool: AnyTool, storage: KeyValueStore | null): "empty" | "readable" | "unreadable" {
  const read = readItem(storage, storageKey(tool.id));
  if (!read.ok || read.value === null) return "empty";
  return decodeStoredText(tool, read.value).ok ? "readable" : "unreadable";
}

/**
 * Writes every entry of a checked import; if one write fails, puts back what was there before. Saved data this page
 * cannot read (unreadable, or written by a newer version) is first copied under a backup key, as loading does; if that
 * copy cannot be written, nothing is imported.
 */
export function applyImport(
  entries: readonly ImportEntry[],
  storage: KeyValueStore | null,
  now: number,
): { ok: true; keptAside: string[] } | { ok: false; message: string } {
  const previous = new Map<string, string | null>();
  for (const { tool } of entries) {
    const read = readItem(storage, storageKey(tool.id));
    if (!read.ok) return { ok: false, message: `Nothing was imported: ${describeProblem(read.problem)}.` };
    previous.set(tool.id, read.value);
  }
  const keptAside: string[] = [];
  for (const { tool } of entries) {
    const value = previous.get(tool.id);
    if (value === null || value === undefined || decodeStoredText(tool, value).ok) continue;
    const copied = keepAside(storage, tool.id, value, now);
    if (!copied.ok) {
      return {
        ok: false,
        message: `Nothing was imported: your saved ${tool.title.toLowerCase()} could not be copied aside first (${describeProblem(copied.problem)}).`,
      };
    }
    keptAside.push(copied.value);
  }
  for (const { tool, data } of entries) {
    const encoded = encodeRecord(tool, data, now);
    const written = encoded.ok ? writeItem(storage, storageKey(tool.id), encoded.text) : null;
    if (!written?.ok) {
      for (const [id, value] of previous) {
        if (value === null) removeItem(storage, storageKey(id));
        else writeItem(storage, storageKey(id), value);
      }
      const why = written && !written.ok ? describeProblem(written.problem) : "a record failed its check";
      return { ok: false, message: `Nothing was imported: ${why}. Your saved work is as it was.` };
    }
  }
  return { ok: true, keptAside };
}
