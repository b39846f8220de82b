// No imports: the benchmark runs this file in plain Node, without the site's path aliases. The unit test
// test/lib/risks/largest.test.ts checks that the record is one the risk tool reads.

/** The most risks a register holds (MAX_RISKS in src/lib/risks/risks-tool.ts). */
const MAX_RISKS = 1000;
const CATEGORIES = ["strategic", "financial", "operational", "reputational", "legal", "data", "relationship", "community"];
const RESPONSES = ["treat", "transfer", "tolerate", "terminate"];
const ESCALATIONS = ["implementing", "project", "strategic"];
const STATUSES = ["open", "mitigating", "closed"];

const OWNERS = Array.from({ length: 20 }, (_, i) => `Partner organization ${i + 1}`);
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** Risk `i` of the largest register: every field filled, levels spread over the whole matrix, text of a working length. */
function riskAt(i: number) {
  const level = (seed: number) => ((i * seed + Math.floor(i / 5)) % 5) + 1;
  return {
    id: `largest-risk-${i + 1}`,
    title: `Risk ${i + 1}: a partner misses a delivery date in the ${pick(["spring", "summer", "autumn", "winter"], i)} season`,
    description:
      `What could happen with risk ${i + 1}, why it could happen, and what it would cause for the partnership and the households it serves. `.repeat(
        2,
      ),
    category: pick(CATEGORIES, i),
    likelihood: level(1),
    impact: level(3),
    owner: i % 7 === 0 ? "" : pick(OWNERS, i),
    response: pick(RESPONSES, i),
    mitigation:
      `Actions for risk ${i + 1}: a named lead, a standby arrangement agreed in writing, and a check at each project group meeting. `.repeat(
        2,
      ),
    residualLikelihood: Math.max(1, level(1) - 1),
    residualImpact: Math.max(1, level(3) - (i % 2)),
    escalation: pick(ESCALATIONS, i),
    status: pick(STATUSES, i),
    review: i % 3 === 0 ? "" : `2027-${String((i % 12) + 1).padStart(2, "0")}-15`,
  };
}

/** The stored record of the risk tool at the most it accepts: 1,000 risks, every field filled. */
export function largestRisksRecord(savedAt = 1_800_000_000_000): string {
  const risks = Array.from({ length: MAX_RISKS }, (_, i) => riskAt(i));
  return JSON.stringify({
    app: "pivotpath",
    tool: "risks",
    version: 1,
    savedAt,
    data: { limits: { low: 3, moderate: 6, high: 12 }, risks },
  });
}
