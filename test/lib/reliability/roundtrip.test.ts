import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeRecord } from "~/lib/storage/decode";
import { applyImport, exportWorkspace, inspectSaved, readWorkspace } from "~/lib/storage/workspace";
import { FakeStorage } from "../../support/fake-storage";
import { TOOLS } from "../../support/examples";
import { toolData } from "../../support/generate";

// Each generated workspace holds every tool, records up to their largest size: 60 keep the unit suite quick.
const RUNS = 60;
const workspace = fc.tuple(...TOOLS.map((tool) => fc.option(toolData(tool), { nil: undefined })));

function savedData(storage: FakeStorage) {
  return inspectSaved(TOOLS, storage).map((item) => (item.state === "saved" ? item.data : item.state));
}

describe("export then import", () => {
  it(`gives back exactly the same workspace for ${RUNS} generated workspaces`, () => {
    let rows = 0;
    let largest = 0;
    fc.assert(
      fc.property(workspace, (datas) => {
        const source = new FakeStorage();
        datas.forEach((data, i) => {
          const tool = TOOLS[i];
          if (!tool || data === undefined) return;
          const encoded = encodeRecord(tool, data, 1000 + i);
          expect(encoded.ok, `${tool.id} generated data must be valid`).toBe(true);
          if (encoded.ok) source.setItem(`pivotpath:${tool.id}`, encoded.text);
          largest = Math.max(largest, JSON.stringify(data).length);
        });
        const { file } = exportWorkspace(TOOLS, source, 0);
        const target = new FakeStorage();
        const plan = readWorkspace(JSON.stringify(file), TOOLS, target);
        if (Object.keys(file.records).length === 0) {
          expect(plan.ok).toBe(false);
          return;
        }
        expect(plan.ok, plan.ok ? "" : plan.message).toBe(true);
        if (!plan.ok) return;
        expect(applyImport(plan.entries, target, 5)).toEqual({ ok: true, keptAside: [] });
        expect(savedData(target)).toEqual(savedData(source));
        rows += 1;
      }),
      { numRuns: RUNS },
    );
    console.log(
      `${RUNS} generated workspaces exported and imported, ${rows} non-empty, identical after the round trip (largest tool record ${largest} characters)`,
    );
    expect(rows).toBeGreaterThan(RUNS / 2);
  }, 180_000);
});
