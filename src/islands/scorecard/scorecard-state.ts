import { computed } from "@preact/signals";
import { standings } from "~/lib/scorecard/ranking";
import { scorecardExports } from "~/lib/scorecard/scorecard-exports";
import { hasScorecardWork, scorecardTool } from "~/lib/scorecard/scorecard-tool";
import { candidateNames, organizations } from "../organizations/organizations-state";
import { computedById, computedIds } from "../shared/select";
import { toolState } from "../shared/tool-state";

/** The scorecard as signals, with what the grid, the ranking and the due diligence derive from it. */
export const scorecard = toolState(scorecardTool);
export const criterionIds = computedIds(() => scorecard.data.value.criteria);
export const criterionById = computedById(() => scorecard.data.value.criteria);
export const hasWork = computed(() => hasScorecardWork(scorecard.data.value));

/** The key of one organization's entry on one criterion or check. */
export const pairKey = (organizationId: string, otherId: string) => `${organizationId}\u0000${otherId}`;

/** Scores and non-negotiable answers by pairKey, so a grid cell re-renders only when its own entry changes. */
export const scoreByPair = computed(
  () => new Map(scorecard.data.value.scores.map((s) => [pairKey(s.organizationId, s.criterionId), s.score])),
);
export const metByPair = computed(
  () => new Map(scorecard.data.value.answers.map((a) => [pairKey(a.organizationId, a.criterionId), a.met])),
);
/** Due-diligence entries by pairKey of organization and check; a check without one is not started. */
export const diligenceByPair = computed(
  () => new Map(scorecard.data.value.diligence.map((d) => [pairKey(d.organizationId, d.checkId), d])),
);

/** Every candidate's standing, in the ranking's order. */
export const standingList = computed(() => standings(scorecard.data.value, candidateNames.value));

/** The candidates due diligence is for: those shortlisted, and those already chosen as partners. */
export const shortlistIds = computedIds(() =>
  organizations.data.value.organizations.filter((o) => !o.own && (o.status === "shortlisted" || o.status === "partner")),
);

export const exportsOfScorecard = scorecardExports(() => candidateNames.peek());
