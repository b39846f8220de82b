import { computed, signal } from "@preact/signals";
import { goalsTool } from "~/lib/goals/goals-tool";
import { candidates, organizationsTool } from "~/lib/organizations/organizations-tool";
import { computedById, computedIds } from "../shared/select";
import { toolState } from "../shared/tool-state";

/** Step 2's list of organizations as signals, shared by the list and the scorecard on the page. */
export const organizations = toolState(organizationsTool);
export const organizationIds = computedIds(() => organizations.data.value.organizations);
export const organizationById = computedById(() => organizations.data.value.organizations);

/** Organization cards shown at a time: the list at its largest is drawn quickly on a slow phone. */
export const ORGANIZATIONS_PER_PAGE = 10;
/** The page of the list the reader turned to; adding an organization turns to the last page, where it appears. */
export const listPage = signal(0);

/** The organizations other than the reader's own, as the scorecard needs them. */
export const candidateIds = computedIds(() => candidates(organizations.data.value));
export const candidateNames = computed(() => candidates(organizations.data.value).map(({ id, name }) => ({ id, name })));

/** Step 1's worksheet, read for the name of the reader's own organization. */
export const goals = toolState(goalsTool);
