import { describe, expect, it } from "vitest";
import { healthCsv } from "~/lib/health/health-csv";
import { roundFigures, trend } from "~/lib/health/health-stats";
import { healthTool } from "~/lib/health/health-tool";
import { decodeStoredText } from "~/lib/storage/decode";
import { LARGEST_HEALTH, largestHealth } from "../../support/largest/health";

describe("the largest health check", () => {
  const decoded = decodeStoredText(healthTool, largestHealth());

  it("is a valid stored record of 20 partners × 12 rounds, every statement answered", () => {
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.data.partners).toHaveLength(LARGEST_HEALTH.partners);
    expect(decoded.data.rounds).toHaveLength(LARGEST_HEALTH.rounds);
    expect(decoded.data.answers).toHaveLength(20 * 12 * 10);
  });

  it("gives every round's figures, the trend and the CSV", () => {
    if (!decoded.ok) throw new Error(decoded.message);
    const { data } = decoded;
    expect(roundFigures(data, "round-12").rows).toHaveLength(20);
    expect(trend(data).overall.every((v) => v !== null)).toBe(true);
    expect(healthCsv(data).trim().split("\n")).toHaveLength(1 + 12 * 22);
  });
});
