import { computed, signal } from "@preact/signals";
import { bandCounts, cellNumbers, meetingList, numbered } from "~/lib/risks/register";
import { ownerChoices } from "~/lib/risks/owners";
import { risksTool } from "~/lib/risks/risks-tool";
import { computedById, computedIds, computedList } from "../shared/select";
import { toolState } from "../shared/tool-state";

/** The risk register's saved state, shared by every part of the tool. */
export const risks = toolState(risksTool);

export const limits = computed(() => risks.data.value.limits);
export const riskCount = computed(() => risks.data.value.risks.length);
export const riskIds = computedIds(() => risks.data.value.risks);
export const riskById = computedById(() => risks.data.value.risks);
/** Each risk's number, its place in entry order from 1; changes on add and delete only. */
export const numberById = computed(() => new Map(riskIds.value.map((id, index) => [id, index + 1])));
/** The risks with their numbers, in entry order. */
export const riskRows = computed(() => numbered(risks.data.value.risks));

/** Where each risk sits on the matrix, before and after mitigation: changes only when a level does. */
const placements = computedList(() =>
  risks.data.value.risks.map((r) => `${r.likelihood}${r.impact}${r.residualLikelihood}${r.residualImpact}`),
);
/**
 * The rows as they were when a risk was last added, deleted or moved on the matrix: enough to filter and sort the
 * register and fill the matrix, without doing either again for each keystroke in a text field.
 */
export const placedRows = computed(() => (placements.value, riskIds.value, riskRows.peek()));
export const inherentCells = computed(() => cellNumbers(placedRows.value, "inherent"));
export const residualCells = computed(() => cellNumbers(placedRows.value, "residual"));
export const bandTotals = computed(() => (placements.value, bandCounts(risks.data.peek().risks, limits.value)));
export const toRaise = computed(() => meetingList(riskRows.value, limits.value));

/** The partner organizations the costing tool holds, read once the tool has started. */
export const partnerNames = signal<readonly string[]>([]);
/** The owners used, each spelling once (a register of 1,000 risks has a few dozen). */
const ownersUsed = computedList(() => [...new Set(risks.data.value.risks.map((r) => r.owner))]);
/** The owners offered: partners first, then the owners already used, each name once. */
export const ownerOptions = computed(() => ownerChoices(partnerNames.value, ownersUsed.value));

/** The id of the list of owners the owner fields offer. */
export const OWNER_LIST_ID = "risk-owner-options";
