import { describe, expect, it } from "vitest";
import { planDocx } from "~/lib/plan/plan-docx";
import { docxText } from "../../support/docx-text";
import { HOSTILE, planFixture } from "./plan-fixture";

async function textOf(blob: Blob): Promise<string> {
  return docxText(new Uint8Array(await blob.arrayBuffer()));
}

describe("planDocx", () => {
  it("carries the title, the date, each step's heading, note and work", async () => {
    const text = await textOf(await planDocx(planFixture(), "en-GB"));
    expect(text).toContain("Partnership plan\nPrepared by Riverside Fresh Start. Assembled 28 Nov 2026");
    expect(text).toContain("Step 1. Set your partnership goals");
    expect(text).toContain("Last changed 27 Nov 2026.");
    expect(text).toContain("Fresh produce for 400 households");
    expect(text).toContain("Step 2. Find and assess partners");
    expect(text).toContain("The partnership's organizations, scored and checked.");
  });

  it("writes a hostile name as text wherever it appears", async () => {
    const text = await textOf(await planDocx(planFixture(HOSTILE)));
    expect(text.split(HOSTILE).length - 1).toBe(3);
  });
});
