import * as v from "valibot";
import { findHostileContent } from "./hostile";
import { RecordSchema } from "./record";
import type { ToolDefinition } from "./tool";

export type DecodeFailure = "unreadable" | "invalid" | "newer";

export type DecodeResult<T> =
  { ok: true; data: T; version: number; savedAt: number; migrated: boolean } | { ok: false; reason: DecodeFailure; message: string };

/** JSON.parse that answers instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The first issue of a failed validation, as "path: message". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return "it does not have the expected shape";
  const path = v.getDotPath(first);
  return path ? `${path}: ${first.message}` : first.message;
}

/**
 * The one load path for a tool's record, from storage and from imports alike:
 * check the envelope → refuse newer versions → migrate → validate with the tool's schema.
 */
export function decodeRecord<T>(tool: ToolDefinition<T>, value: unknown): DecodeResult<T> {
  const hostile = findHostileContent(value);
  if (hostile) return { ok: false, reason: "invalid", message: `${tool.title}: ${hostile}.` };
  const envelope = v.safeParse(RecordSchema, value);
  if (!envelope.success) {
    return { ok: false, reason: "invalid", message: `${tool.title}: ${describeIssues(envelope.issues)}.` };
  }
  const record = envelope.output;
  if (record.tool !== tool.id) {
    return { ok: false, reason: "invalid", message: `${tool.title}: the record belongs to "${record.tool}".` };
  }
  if (record.version > tool.version) {
    return {
      ok: false,
      reason: "newer",
      message: `${tool.title} was saved by a newer version of this guide (format ${record.version}; this page reads up to ${tool.version}).`,
    };
  }
  let data: unknown = record.data;
  try {
    for (let from = record.version; from < tool.version; from++) {
      const step = tool.migrations[from - 1];
      if (!step) throw new Error(`no migration from version ${from}`);
      data = step(data);
    }
  } catch (error) {
    return { ok: false, reason: "invalid", message: `${tool.title}: could not update the old format (${String(error)}).` };
  }
  const checked = v.safeParse(tool.schema, data);
  if (!checked.success) {
    return { ok: false, reason: "invalid", message: `${tool.title}: ${describeIssues(checked.issues)}.` };
  }
  return {
    ok: true,
    data: checked.output,
    version: tool.version,
    savedAt: record.savedAt,
    migrated: record.version !== tool.version,
  };
}

/** decodeRecord for text as stored: JSON that does not parse is "unreadable". */
export function decodeStoredText<T>(tool: ToolDefinition<T>, text: string): DecodeResult<T> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, reason: "unreadable", message: `${tool.title}: the saved text is not valid JSON.` };
  return decodeRecord(tool, parsed.value);
}

/** The record to store for `data`, or a reason it must not be stored (it fails the schema). */
export function encodeRecord<T>(
  tool: ToolDefinition<T>,
  data: T,
  savedAt: number,
): { ok: true; text: string } | { ok: false; message: string } {
  const checked = v.safeParse(tool.schema, data);
  if (!checked.success) return { ok: false, message: describeIssues(checked.issues) };
  const record = { app: "pivotpath", tool: tool.id, version: tool.version, savedAt, data: checked.output };
  return { ok: true, text: JSON.stringify(record) };
}

/** The savedAt of a stored record's text, or null where it has none we can read. */
export function savedAtOf(text: string | null): number | null {
  if (text === null) return null;
  const parsed = parseJson(text);
  if (!parsed.ok || typeof parsed.value !== "object" || parsed.value === null) return null;
  const at = (parsed.value as { savedAt?: unknown }).savedAt;
  return typeof at === "number" && Number.isFinite(at) ? at : null;
}
