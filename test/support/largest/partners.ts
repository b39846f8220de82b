import { newOrganization } from "~/lib/organizations/organization-edit";
import { MAX_ORGANIZATIONS, NAME_MAX, organizationsTool } from "~/lib/organizations/organizations-tool";
import { MAX_CHECKS, MAX_CRITERIA, type ScorecardData, scorecardTool } from "~/lib/scorecard/scorecard-tool";
import { encodeRecord } from "~/lib/storage/decode";
import type { ToolDefinition } from "~/lib/storage/tool";

const encode = <T>(tool: ToolDefinition<T>, data: T): string => {
  const encoded = encodeRecord(tool, data, Date.UTC(2027, 0, 1));
  if (!encoded.ok) throw new Error(`the largest ${tool.id} data does not pass its schema: ${encoded.message}`);
  return encoded.text;
};

const orgIds = Array.from({ length: MAX_ORGANIZATIONS }, (_, i) => `org-${i}`);

/** 30 organizations with long names, every field filled, all but the reader's own shortlisted. */
export function largestOrganizations(): string {
  const organizations = orgIds.map((id, i) =>
    newOrganization(id, `Organization ${i + 1} ${"of the Harbor City community partnership ".repeat(3)}`.slice(0, NAME_MAX).trim(), {
      kind: "nonprofit",
      status: i === 0 ? "partner" : "shortlisted",
      own: i === 0,
      brings: "Staff time on Saturdays, a covered site near the bus line, and a share of the cold-storage costs. ".repeat(4),
      contactRole: "Deputy director for community programs",
    }),
  );
  return encode(organizationsTool, { organizations });
}

/** 20 criteria (five non-negotiable), every candidate scored and answered, 30 checks each with an entry for every candidate. */
export function largestScorecard(): string {
  const criteria = Array.from({ length: MAX_CRITERIA }, (_, i) => ({
    id: `criterion-${i}`,
    name: `Criterion ${i + 1}: capacity to deliver what the partnership needs`,
    weight: 1 + (i % 4),
    nonNegotiable: i % 4 === 3,
  }));
  const checks = Array.from({ length: MAX_CHECKS }, (_, i) => ({ id: `check-${i}`, name: `Check ${i + 1}: documents on file and read` }));
  const candidates = orgIds.slice(1);
  const data: ScorecardData = {
    criteria,
    scores: candidates.flatMap((organizationId, o) =>
      criteria.filter((c) => !c.nonNegotiable).map((c, i) => ({ organizationId, criterionId: c.id, score: 1 + ((o + i) % 5) })),
    ),
    answers: candidates.flatMap((organizationId, o) =>
      criteria.filter((c) => c.nonNegotiable).map((c) => ({ organizationId, criterionId: c.id, met: o % 7 !== 0 })),
    ),
    checks,
    diligence: candidates.flatMap((organizationId, o) =>
      checks.map((c, i) => ({
        organizationId,
        checkId: c.id,
        status: (["not-started", "in-progress", "done", "concern"] as const)[(o + i) % 4] ?? "done",
        note: "Asked for the certificate; the finance officer sent it within a week.",
        date: "2026-12-10",
      })),
    ),
  };
  return encode(scorecardTool, data);
}
