import fc from "fast-check";
import * as v from "valibot";
import type { AnyTool } from "~/lib/storage/tool";
import { exampleFor } from "./examples";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Text a reader might type: any unicode, HTML, right-to-left, emoji, quotes; no control characters. */
export const readerText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "שלום עולם",
    "🎉 café ñ",
    "=1+2",
    "-5",
    "@home",
    "a\tb\nc",
  ),
);

/** Paths to every string in `value`. */
function stringPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, item]) => stringPaths(item, [...path, k]));
  return [];
}

function getAt(root: Json, path: (string | number)[]): Json {
  let node = root;
  for (const key of path) node = (node as Record<string | number, Json>)[key] as Json;
  return node;
}

function setAt(root: Json, path: (string | number)[], next: Json): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1] as string | number] = next;
}

/** The longest array inside `value`, with a setter, so a workspace can be grown to many rows. */
function longestArray(value: Json): Json[] | null {
  let best: Json[] | null = null;
  const visit = (node: Json) => {
    if (Array.isArray(node)) {
      if (!best || node.length > best.length) best = node;
      node.forEach(visit);
    } else if (node && typeof node === "object") Object.values(node).forEach(visit);
  };
  visit(value);
  return best;
}

/** Gives every row inside `value` (its own and nested ones) an id that starts with `prefix`, so copies share none. */
function freshIds(value: Json, prefix: string): void {
  let n = 0;
  const visit = (node: Json) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    if (typeof node["id"] === "string") node["id"] = n++ === 0 ? prefix : `${prefix}-${n}`;
    Object.entries(node).forEach(([key, child]) => key !== "id" && visit(child as Json));
  };
  visit(value);
}

/** Grows the longest list to `rows` rows by copying its items with fresh ids, or empties it for 0. */
function resize(data: Json, rows: number, schema: v.GenericSchema): Json {
  const copy = structuredClone(data);
  const list = longestArray(copy);
  if (!list || list.length === 0) return copy;
  const template = list.slice();
  list.length = 0;
  for (let i = 0; i < rows; i++) {
    const item = structuredClone(template[i % template.length]) as Json;
    freshIds(item, `row-${i}`);
    list.push(item);
  }
  return v.safeParse(schema, copy).success ? copy : data;
}

/**
 * Valid data for `tool`, generated from its worked example: every text replaced by reader-like text where the schema
 * allows it, and the longest list emptied, kept, or grown to 1,000 rows.
 */
export function toolData(tool: AnyTool): fc.Arbitrary<unknown> {
  const example = exampleFor(tool) as Json;
  return fc.tuple(fc.infiniteStream(readerText), fc.constantFrom(-1, 0, 1000)).map(([texts, rows]) => {
    const data = structuredClone(example);
    // Ids stay as they are: rows of one kind never share one (the load path gives repeats new ids).
    for (const path of stringPaths(data).filter((p) => p.at(-1) !== "id")) {
      const original = getAt(data, path);
      setAt(data, path, texts.next().value as string);
      if (!v.safeParse(tool.schema, data).success) setAt(data, path, original);
    }
    return rows >= 0 ? resize(data, rows, tool.schema) : data;
  });
}
