import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { findHostileContent } from "~/lib/storage/hostile";
import { encodeRecord } from "~/lib/storage/decode";
import { exportWorkspace, readWorkspace } from "~/lib/storage/workspace";
import { FakeStorage } from "../../support/fake-storage";
import { TOOLS, exampleFor } from "../../support/examples";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function buildValidExport(): Json {
  const storage = new FakeStorage();
  for (const tool of TOOLS) {
    const encoded = encodeRecord(tool, exampleFor(tool), 1);
    if (encoded.ok) storage.setItem(`pivotpath:${tool.id}`, encoded.text);
  }
  return JSON.parse(JSON.stringify(exportWorkspace(TOOLS, storage, 0).file)) as Json;
}

function paths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => paths(item, [...path, i]))];
  if (value && typeof value === "object") return [...here, ...Object.entries(value).flatMap(([k, item]) => paths(item, [...path, k]))];
  return here;
}

const hostileValue: fc.Arbitrary<Json | "<delete>" | "<proto>"> = fc.oneof(
  fc.constantFrom<Json | "<delete>" | "<proto>">(
    "<delete>",
    "<proto>",
    null,
    true,
    -1,
    0,
    6,
    26,
    1e308,
    -1e308,
    0.5,
    "",
    "x".repeat(100_001),
    "\u0000",
    "\u001b[2J",
    "2027-02-30",
    "__proto__",
    [],
    {},
  ),
  fc.jsonValue() as fc.Arbitrary<Json>,
  fc.string(),
  fc.double(),
);

/** The worked examples of every tool, exported once; each case mutates its own copy. */
const VALID_EXPORT = buildValidExport();
const VALID_PATHS = paths(VALID_EXPORT).filter((p) => p.length > 0);

/** A valid export with one value somewhere replaced, deleted, or given a prototype key. */
const mutatedExport = fc.tuple(fc.nat(), hostileValue).map(([pick, replacement]) => {
  const file = structuredClone(VALID_EXPORT);
  const all = VALID_PATHS;
  const path = all[pick % all.length] as (string | number)[];
  let parent = file as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1] as string | number;
  let text: string;
  if (replacement === "<delete>") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
    text = JSON.stringify(file);
  } else if (replacement === "<proto>") {
    text = JSON.stringify(file).replace('"records":{', '"records":{"__proto__":{"polluted":true},');
  } else {
    parent[last] = replacement;
    text = JSON.stringify(file);
  }
  return text;
});

const malformed = fc.oneof(
  { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 2 },
  { arbitrary: fc.jsonValue().map((j) => JSON.stringify(j)), weight: 2 },
  {
    arbitrary: fc
      .anything()
      .map((a) => JSON.stringify({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: "", records: { goals: a } }) ?? ""),
    weight: 1,
  },
  { arbitrary: mutatedExport, weight: 3 },
);

describe("import never throws", () => {
  it("tries at least 6,000 malformed or hostile files: no crash, nothing invalid accepted", () => {
    const RUNS = 6000;
    let crashes = 0;
    let invalidAccepted = 0;
    let refused = 0;
    const byId = new Map(TOOLS.map((t) => [t.id, t]));
    fc.assert(
      fc.property(malformed, (text) => {
        let plan: ReturnType<typeof readWorkspace>;
        try {
          plan = readWorkspace(text, TOOLS, new FakeStorage());
        } catch {
          crashes += 1;
          return;
        }
        if (!plan.ok) {
          refused += 1;
          expect(plan.message.length).toBeGreaterThan(10);
          return;
        }
        for (const entry of plan.entries) {
          const tool = byId.get(entry.tool.id);
          const valid = tool && v.safeParse(tool.schema, entry.data).success && findHostileContent(entry.data) === null;
          if (!valid) invalidAccepted += 1;
        }
      }),
      { numRuns: RUNS },
    );
    console.log(
      `${RUNS} malformed imports tried, ${crashes} crashes, ${invalidAccepted} invalid accepted (${refused} refused with a message)`,
    );
    expect(crashes).toBe(0);
    expect(invalidAccepted).toBe(0);
    expect(refused).toBeGreaterThan(RUNS / 2);
  }, 180_000);
});
