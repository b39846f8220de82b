import { type Risk, risksTool } from "~/lib/risks/risks-tool";

let counter = 0;

/** A valid risk, with whatever the test cares about overridden. */
export function aRisk(overrides: Partial<Risk> = {}): Risk {
  counter += 1;
  return {
    id: `risk-${counter}`,
    title: `Risk ${counter}`,
    description: "",
    category: "operational",
    likelihood: 3,
    impact: 3,
    owner: "",
    ownerOrganizationId: null,
    response: "treat",
    mitigation: "",
    residualLikelihood: 2,
    residualImpact: 2,
    escalation: "project",
    status: "open",
    review: "",
    ...overrides,
  };
}

/** The stored record of the risk tool holding `data`, as the saved-state core writes it. */
export function riskRecord(data: unknown, savedAt = 1000): string {
  return JSON.stringify({ app: "pivotpath", tool: "risks", version: risksTool.version, savedAt, data });
}

/** Puts `risks` in this browser's storage as the saved register, for a tool about to start. */
export function storeRisks(risks: readonly Risk[], limits = { low: 3, moderate: 6, high: 12 }): void {
  localStorage.setItem("pivotpath:risks", riskRecord({ limits, risks }));
}
