import { describe, expect, it } from "vitest";
import { MAX_RISKS, risksTool } from "~/lib/risks/risks-tool";
import { decodeStoredText } from "~/lib/storage/decode";
import { largestRisksRecord } from "../../support/largest/risks";

describe("the largest risk register", () => {
  it("is a stored record the tool reads, holding as many risks as it accepts, each with its own id", () => {
    const decoded = decodeStoredText(risksTool, largestRisksRecord());
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.data.risks).toHaveLength(MAX_RISKS);
    expect(new Set(decoded.data.risks.map((r) => r.id)).size).toBe(MAX_RISKS);
    const cells = new Set(decoded.data.risks.map((r) => `${r.likelihood}-${r.impact}`));
    expect(cells.size).toBe(25);
  });
});
