import { describe, expect, it } from "vitest";
import { encodeRecord } from "~/lib/storage/decode";
import { encodeShare, makeShareLink, MAX_LINK_CHARS } from "~/lib/share/share-link";
import { readSharedPlan } from "~/lib/share/shared-plan";
import { TOOLS, exampleFor } from "../../support/examples";

const SAVED_AT = Date.UTC(2026, 10, 27, 9);

/** The export /plan/ writes with every tool's worked example saved. */
function examplesExport(): string {
  const records: Record<string, unknown> = {};
  for (const tool of TOOLS) {
    const encoded = encodeRecord(tool, exampleFor(tool), SAVED_AT);
    if (!encoded.ok) throw new Error(encoded.message);
    records[tool.id] = JSON.parse(encoded.text);
  }
  return JSON.stringify({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: new Date(SAVED_AT).toISOString(), records });
}

describe("readSharedPlan", () => {
  it("reads every tool's worked example back as a snapshot, with when each was saved", async () => {
    const text = examplesExport();
    const read = await readSharedPlan(await encodeShare(text), TOOLS);
    if (!read.ok) throw new Error(read.message);
    expect(read.text).toBe(text);
    expect(read.entries.map((e) => e.tool.id)).toEqual(TOOLS.map((t) => t.id));
    for (const tool of TOOLS) expect(read.snapshot[tool.id]).toEqual({ data: exampleFor(tool), savedAt: SAVED_AT });
  });

  it("fits the whole worked example in one link", async () => {
    const made = await makeShareLink("https://guide.pivotpath.example", examplesExport());
    if (!made.ok) throw new Error(made.message);
    console.info(`Share link of every tool's worked example: ${made.link.length} characters (limit ${MAX_LINK_CHARS}).`);
    expect(made.link.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
  });

  it("says why a link that decodes is not a plan, as the import would", async () => {
    const cases: [string, RegExp][] = [
      ["not json", /cut short/],
      [JSON.stringify({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: "", records: {} }), /holds no saved work/],
      [JSON.stringify({ app: "pivotpath", kind: "workspace", format: 9, exportedAt: "", records: {} }), /newer version/],
      [
        JSON.stringify({ app: "pivotpath", kind: "workspace", format: 1, exportedAt: "", records: { goals: { app: "pivotpath" } } }),
        /refused/,
      ],
      ['{"app":"pivotpath","__proto__":{"x":1}}', /refused/],
    ];
    for (const [text, message] of cases) {
      await expect(readSharedPlan(await encodeShare(text), TOOLS)).resolves.toEqual({ ok: false, message: expect.stringMatching(message) });
    }
  });

  it("passes on what is wrong with the link itself", async () => {
    const fragment = await encodeShare(examplesExport());
    await expect(readSharedPlan(fragment.slice(0, -40), TOOLS)).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(/cut short/),
    });
  });
});
