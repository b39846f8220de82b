import { type Signal, computed, signal } from "@preact/signals";
import { today as dayOf } from "~/lib/dates";
import { engagementExports } from "~/lib/engagement/engagement-csv";
import { overdueCount } from "~/lib/engagement/engagement-plan";
import { engagementTool } from "~/lib/engagement/engagement-tool";
import { STATUS_LABEL, openCount } from "~/lib/engagement/feedback-log";
import { IAP2_LABEL } from "~/lib/engagement/iap2";
import { placesInCells } from "~/lib/engagement/power-interest";
import { stakeholderName } from "~/lib/engagement/stakeholders";
import { FEEDBACK_STATUSES, IAP2_LEVELS, type Stakeholder } from "~/lib/engagement/engagement-tool";
import { engagementLimits } from "~/lib/engagement/engagement-input";
import { organizations } from "../shared/organizations";
import { computedById, computedIds } from "../shared/select";
import { toolState } from "../shared/tool-state";
import type { PageView } from "../shared/Pager";
import { pageOf } from "~/lib/paging";

/** The stakeholder map, engagement plan and log's saved state, shared by every part of the tool. */
export const engagement = toolState(engagementTool);

export const stakeholderIds = computedIds(() => engagement.data.value.stakeholders);
export const stakeholderById = computedById(() => engagement.data.value.stakeholders);
export const planIds = computedIds(() => engagement.data.value.plan);
export const planById = computedById(() => engagement.data.value.plan);
export const feedbackIds = computedIds(() => engagement.data.value.feedback);
export const feedbackById = computedById(() => engagement.data.value.feedback);
export const highFrom = computed(() => engagement.data.value.highFrom);
/** Each stakeholder's place among those sharing its cell of the grid. */
export const gridPlaces = computed(() => placesInCells(engagement.data.value.stakeholders));

/** Step 2's organizations by id, for the names of stakeholders picked from its list. */
export const organizationNames = computed(() => new Map(organizations.data.value.organizations.map((o) => [o.id, o.name])));

/** Each stakeholder's name by id, as the plan's "who" column shows it. */
export const stakeholderNames = computed(() => namesOf(stakeholderList.value, organizationNames.value));

/** The stakeholders, keeping their identity while a plan row or log entry is edited. */
const stakeholderList = computed(() => engagement.data.value.stakeholders);

function namesOf(stakeholders: readonly Stakeholder[], organizationsById: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  return new Map(stakeholders.map((s) => [s.id, stakeholderName(s, organizationsById)]));
}

/** Why a list can take no more, or null: a form re-renders only when this changes, not on every edit. */
export const limits = {
  stakeholders: computed(() => engagementLimits.stakeholders(engagement.data.value)),
  plan: computed(() => engagementLimits.plan(engagement.data.value)),
  feedback: computed(() => engagementLimits.feedback(engagement.data.value)),
};

/**
 * The day that decides what is overdue: empty until the island has mounted (the server renders no day), then the
 * reader's today.
 */
export const today = signal("");

export const overdue = computed(() => (today.value === "" ? 0 : overdueCount(engagement.data.value.plan, today.value)));
export const openItems = computed(() => openCount(engagement.data.value.feedback));

export const LEVEL_OPTIONS = IAP2_LEVELS.map((value) => ({ value, label: IAP2_LABEL[value] }));

export const exports = engagementExports(
  () => organizationNames.peek(),
  () => today.peek() || dayOf(),
);
export const STATUS_OPTIONS = FEEDBACK_STATUSES.map((value) => ({ value, label: STATUS_LABEL[value] }));

/** Rows of fields a table shows at once: about a phone screen's worth. */
export const ROWS_PER_PAGE = 10;

/** The page of each table the reader turned to; a form turns its table to the page of the row it adds. */
export const pages = { stakeholders: signal(0), plan: signal(0), feedback: signal(0) };

/**
 * The page of a table shown on screen, a page of rows at a time (each row is a row of fields, and a long table's layout
 * would hold up the tool's first answer and every keystroke); the printout has every row.
 */
export function screenPage(count: number, page: Signal<number>): PageView {
  return { ...pageOf(count, page.value, ROWS_PER_PAGE), turn: (to) => (page.value = to) };
}

/** Turns `page` to the last page of `count` rows, where a row just added is. */
export function showLast(page: Signal<number>, count: number): void {
  page.value = Math.max(0, Math.ceil(count / ROWS_PER_PAGE) - 1);
}
