import * as v from "valibot";
import { newId } from "../id";
import { findHostileContent, withoutControlCharactersDeep } from "./hostile";
import { RecordSchema } from "./record";
import { giveDuplicatesNewIds } from "./repair";
import type { ToolDefinition } from "./tool";

export type DecodeFailure = "unreadable" | "invalid" | "newer";

export type DecodeResult<T> =
  | {
      ok: true;
      data: T;
      version: number;
      savedAt: number;
      migrated: boolean;
      /** Rows that shared an id with an earlier row and were given new ones. */
      renamed: number;
    }
  | { ok: false; reason: DecodeFailure; message: string };

/** JSON.parse that answers instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** What valibot's built-in checks mean, in words; our own schema messages are words already. */
const PLAIN: Record<string, string> = {
  string: "should be text",
  number: "should be a number",
  boolean: "should be yes or no",
  object: "is missing or not a set of fields",
  array: "should be a list",
  picklist: "is not one of the choices this guide offers",
  literal: "is not what this guide writes there",
  union: "is not in a form this guide reads",
  integer: "should be a whole number",
  finite: "should be a finite number",
  min_value: "is too small",
  max_value: "is too large",
  min_length: "is too short",
  max_length: "is too long",
  regex: "is not in the expected form",
};

/** The fields every saved record and export starts with, as a reader would name them. */
const ENVELOPE: Record<string, string> = {
  app: "the guide's name",
  tool: "the tool's name",
  version: "the format number",
  savedAt: "the date it was saved",
  kind: "the kind of file",
  format: "the file's format number",
  exportedAt: "the date it was exported",
  records: "the saved work",
};

/** Where in the data an issue is, as a reader would say it: "item 4 of risks, title". */
function plainPath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((step) => (typeof step.key === "number" ? `item ${step.key + 1}` : String(step.key)))
    .reduce((words, step) => (words && step.startsWith("item ") ? `${step} of ${words}` : words ? `${words}, ${step}` : step), "");
}

/** The first issue of a failed validation in plain words: "item 4 of risks, title: must not be empty". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return "it does not have the expected shape";
  const field = first.path?.length === 1 ? first.path[0]?.key : undefined;
  if (typeof field === "string" && ENVELOPE[field]) return `${ENVELOPE[field]} is missing or wrong`;
  const ours = !/^Invalid /.test(first.message);
  const words = ours ? first.message : (PLAIN[first.type] ?? "is not in a form this guide reads");
  const where = plainPath(first);
  return where ? `${where}: ${words}` : words;
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
    return { ok: false, reason: "invalid", message: `${tool.title}: it holds another tool's work ("${record.tool}").` };
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
  const repaired = giveDuplicatesNewIds(checked.output, newId);
  return {
    ok: true,
    data: repaired.data,
    version: tool.version,
    savedAt: record.savedAt,
    migrated: record.version !== tool.version,
    renamed: repaired.renamed,
  };
}

/** decodeRecord for text as stored: JSON that does not parse is "unreadable". */
export function decodeStoredText<T>(tool: ToolDefinition<T>, text: string): DecodeResult<T> {
  const parsed = parseJson(text);
  if (!parsed.ok)
    return {
      ok: false,
      reason: "unreadable",
      message: `${tool.title}: the saved text is damaged (cut short, or changed outside this guide).`,
    };
  return decodeRecord(tool, parsed.value);
}

/**
 * The record to store for `data`, or a reason it must not be stored (it fails the schema). Control characters (pasted
 * from an office program) are taken out first: loading refuses a record that holds them, so one stored would lock the
 * reader out of the whole tool on their next visit.
 */
export function encodeRecord<T>(
  tool: ToolDefinition<T>,
  data: T,
  savedAt: number,
): { ok: true; text: string } | { ok: false; message: string } {
  const checked = v.safeParse(tool.schema, withoutControlCharactersDeep(data));
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
