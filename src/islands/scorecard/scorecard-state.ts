import { computed } from "@preact/signals";
import { diligenceSummary, diligenceText } from "~/lib/scorecard/diligence";
import { standings } from "~/lib/scorecard/ranking";
import { scorecardExports } from "~/lib/scorecard/scorecard-exports";
import { hasScorecardWork, scorecardTool } from "~/lib/scorecard/scorecard-tool";
import { candidateNames, organizations } from "../organizations/organizations-state";
import { computedById, computedIds } from "../shared/select";
import { toolState } from "../shared/tool-state";

/** The scorecard as signals, with what the grid, the ranking and the due diligence derive from it. */
export const scorecard = toolState(scorecardTool);
export const hasWork = computed(() => hasScorecardWork(scorecard.data.value));

// Each part of the data as its own signal: an edit keeps the parts it does not touch, so what reads one part is not
// recomputed when another changes (a note typed in due diligence does not rank the candidates again).
const criteria = computed(() => scorecard.data.value.criteria);
const scores = computed(() => scorecard.data.value.scores);
const answers = computed(() => scorecard.data.value.answers);
export const checks = computed(() => scorecard.data.value.checks);
const diligence = computed(() => scorecard.data.value.diligence);

export const criterionIds = computedIds(() => criteria.value);
export const criterionById = computedById(() => criteria.value);

/** The key of one organization's entry on one criterion or check. */
export const pairKey = (organizationId: string, otherId: string) => `${organizationId}\u0000${otherId}`;

/** Scores, answers and due-diligence entries by pairKey, so a cell or row re-renders only when its own entry changes. */
export const scoreByPair = computed(() => new Map(scores.value.map((s) => [pairKey(s.organizationId, s.criterionId), s.score])));
export const metByPair = computed(() => new Map(answers.value.map((a) => [pairKey(a.organizationId, a.criterionId), a.met])));
export const diligenceByPair = computed(() => new Map(diligence.value.map((d) => [pairKey(d.organizationId, d.checkId), d])));

/** Every candidate's standing, in the ranking's order. */
export const standingList = computed(() =>
  standings({ criteria: criteria.value, scores: scores.value, answers: answers.value }, candidateNames.value),
);

/** One candidate's due diligence in words: "5 of 8 done, 1 concern". */
export const diligenceTextOf = (organizationId: string) =>
  diligenceText(diligenceSummary({ checks: checks.value, diligence: diligence.value }, organizationId));

/** The candidates due diligence is for: those shortlisted, and those already chosen as partners. */
export const shortlistIds = computedIds(() =>
  organizations.data.value.organizations.filter((o) => !o.own && (o.status === "shortlisted" || o.status === "partner")),
);

export const exportsOfScorecard = scorecardExports(() => candidateNames.peek());
