import { EXAMPLE_ORG } from "../organizations/organizations-example";
import { type Diligence, type Score, type ScorecardData, DEFAULT_CHECKS } from "./scorecard-tool";

/** The five criteria the worked example scored against (step 2), equally weighted, and its one non-negotiable. */
const CRITERIA = [
  "Fit with our goals",
  "What they would bring",
  "Capacity to deliver",
  "Values and reputation",
  "Ease of working together",
];
const GATE = { id: "example-criterion-name", name: "Keeps Eastside's name visible on food-help services", weight: 1, nonNegotiable: true };

/** The agreed scores of the guide's table, in the order of CRITERIA (totals 22, 20, 19, 18, 16, 15 out of 25). */
const SCORES: [string, number[]][] = [
  [EXAMPLE_ORG.grocer, [5, 4, 3, 5, 5]],
  [EXAMPLE_ORG.parks, [5, 5, 3, 4, 3]],
  [EXAMPLE_ORG.supermarket, [4, 5, 5, 3, 2]],
  [EXAMPLE_ORG.clinic, [3, 3, 3, 5, 4]],
  [EXAMPLE_ORG.farmersMarket, [4, 3, 2, 4, 3]],
  [EXAMPLE_ORG.schools, [3, 4, 2, 4, 2]],
];

const entry = (organizationId: string, check: number, status: Diligence["status"], note: string): Diligence => ({
  organizationId,
  checkId: DEFAULT_CHECKS[check - 1]?.id ?? "",
  status,
  note,
  date: "2026-12-10",
});

/** What due diligence on the two finalists found, as the guide tells it. */
const DILIGENCE: Diligence[] = [
  entry(EXAMPLE_ORG.grocer, 1, "done", "A single store, run by the same family for thirty years."),
  entry(EXAMPLE_ORG.grocer, 3, "done", "Carries product liability insurance."),
  entry(
    EXAMPLE_ORG.grocer,
    8,
    "done",
    "Last three health inspections clean apart from one minor fix, since corrected. SNAP approval covers the store's address only, so the market in the park needs its own approval and card reader; Greenleaf applies in January.",
  ),
  entry(EXAMPLE_ORG.parks, 1, "done", "A city department; the deputy director signs facility-use agreements."),
  entry(
    EXAMPLE_ORG.parks,
    8,
    "in-progress",
    "A recurring facility-use agreement takes about six weeks. City rules ban commercial advertising in parks.",
  ),
];

/** The worked example's scorecard; its organization ids are those of organizationsExample. */
export function scorecardExample(): ScorecardData {
  const criteria = CRITERIA.map((name, i) => ({ id: `example-criterion-${i + 1}`, name, weight: 1, nonNegotiable: false }));
  const scores: Score[] = SCORES.flatMap(([organizationId, row]) =>
    row.map((score, i) => ({ organizationId, criterionId: criteria[i]?.id ?? "", score })),
  );
  const answers = SCORES.map(([organizationId]) => ({
    organizationId,
    criterionId: GATE.id,
    met: organizationId !== EXAMPLE_ORG.supermarket,
  }));
  return {
    criteria: [...criteria, GATE],
    scores,
    answers,
    checks: DEFAULT_CHECKS.map((c) => ({ ...c })),
    diligence: DILIGENCE.map((d) => ({ ...d })),
  };
}
