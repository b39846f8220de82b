import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { EXAMPLE } from "~/lib/example/partnership";
import { numbered, bandIn } from "~/lib/risks/register";
import { risksExample } from "~/lib/risks/risks-example";
import { RisksSchema, risksTool } from "~/lib/risks/risks-tool";
import { DEFAULT_LIMITS } from "~/lib/risks/scoring";
import { decodeStoredText } from "~/lib/storage/decode";
import { ToolStore } from "~/lib/storage/store";
import { FakeStorage } from "../../support/fake-storage";
import { aRisk, riskRecord } from "../../support/risk-fixtures";

const valid = () => ({ limits: { ...DEFAULT_LIMITS }, risks: [aRisk()] });

describe("RisksSchema", () => {
  it("accepts the empty state and the example", () => {
    expect(v.safeParse(RisksSchema, risksTool.empty()).success).toBe(true);
    expect(v.safeParse(RisksSchema, { limits: DEFAULT_LIMITS, risks: risksExample() }).success).toBe(true);
  });

  it.each([
    ["likelihood 7", { likelihood: 7 }],
    ["likelihood 0", { likelihood: 0 }],
    ["impact 2.5", { impact: 2.5 }],
    ["impact as text", { impact: "3" }],
    ["residual likelihood 6", { residualLikelihood: 6 }],
    ["residual impact -1", { residualImpact: -1 }],
    ["an unknown category", { category: "weather" }],
    ["an unknown response", { response: "ignore" }],
    ["a blank title", { title: "   " }],
    ["a title of 301 characters", { title: "x".repeat(301) }],
    ["a review date not written yyyy-mm-dd", { review: "01/07/2027" }],
  ])("refuses a risk with %s", (_, change) => {
    const data = valid();
    data.risks = [{ ...aRisk(), ...change } as never];
    expect(v.safeParse(RisksSchema, data).success).toBe(false);
  });

  it.each([
    [{ low: 6, moderate: 6, high: 12 }],
    [{ low: 3, moderate: 12, high: 8 }],
    [{ low: 3, moderate: 6, high: 25 }],
    [{ low: 0, moderate: 6, high: 12 }],
  ])("refuses band limits %j", (limits) => {
    expect(v.safeParse(RisksSchema, { ...valid(), limits }).success).toBe(false);
  });

  it("refuses more than 1,000 risks", () => {
    const risks = Array.from({ length: 1001 }, () => aRisk());
    expect(v.safeParse(RisksSchema, { limits: DEFAULT_LIMITS, risks }).success).toBe(false);
  });

  it("keeps a residual level above the inherent one as entered", () => {
    const data = { limits: DEFAULT_LIMITS, risks: [aRisk({ likelihood: 2, residualLikelihood: 4 })] };
    const parsed = v.safeParse(RisksSchema, data);
    expect(parsed.success && parsed.output.risks[0]?.residualLikelihood).toBe(4);
  });
});

describe("loading a stored register", () => {
  it("rejects likelihood 7 instead of clamping it, and keeps the text aside", () => {
    const stored = riskRecord({ limits: DEFAULT_LIMITS, risks: [aRisk({ likelihood: 7 })] });
    const decoded = decodeStoredText(risksTool, stored);
    expect(decoded).toMatchObject({ ok: false, reason: "invalid" });
    expect(decoded.ok ? "" : decoded.message).toContain("likelihood");
    const storage = new FakeStorage();
    storage.setItem("pivotpath:risks", stored);
    const store = new ToolStore(risksTool, { storage });
    expect(store.get().data).toEqual(risksTool.empty());
    expect(store.get().recovery?.backupKey).toMatch(/^pivotpath-backup:risks:/);
    expect(storage.getItem(store.get().recovery?.backupKey ?? "")).toBe(stored);
  });
});

describe("risksTool.summarize", () => {
  it.each([
    [0, ""],
    [1, "1 risk"],
    [3, "3 risks"],
  ])("%i risks → %j", (count, text) => {
    const risks = Array.from({ length: count }, () => aRisk());
    expect(risksTool.summarize({ limits: DEFAULT_LIMITS, risks })).toBe(text);
  });
});

describe("the worked example", () => {
  const risks = risksExample();

  it("has 6 to 10 risks, all owned by the example's partners", () => {
    expect(risks.length).toBeGreaterThanOrEqual(6);
    expect(risks.length).toBeLessThanOrEqual(10);
    for (const risk of risks) expect(EXAMPLE.partners).toContain(risk.owner);
  });

  it("includes a conflict between partners and a privacy risk", () => {
    expect(risks.map((r) => r.category)).toEqual(expect.arrayContaining(["relationship", "data"]));
  });

  it("leaves some risks at High or Extreme after mitigation", () => {
    const high = numbered(risks).filter(({ risk }) => ["high", "extreme"].includes(bandIn(risk, "residual", DEFAULT_LIMITS)));
    expect(high.length).toBeGreaterThan(0);
  });

  it("has unique ids", () => {
    expect(new Set(risks.map((r) => r.id)).size).toBe(risks.length);
  });
});
