import { computed, signal } from "@preact/signals";
import { kpisTool } from "~/lib/kpis/kpis-tool";
import { computedById, computedIds, computedList } from "../shared/select";
import { toolState } from "../shared/tool-state";

/** The tracker's saved state, shared by its parts. */
export const kpis = toolState(kpisTool);
export const kpiIds = computedIds(() => kpis.data.value.kpis);
export const kpiById = computedById(() => kpis.data.value.kpis);
/** The KPIs' names in order: changes only when a name, or the list, does. */
export const kpiNames = computedList(() => kpis.data.value.kpis.map((kpi) => kpi.name));
export const hasKpis = computed(() => kpis.data.value.kpis.length > 0);

/** Partner names from the costing tool (step 7), offered for "Responsible partner"; read once the tool has mounted. */
export const partnerNames = signal<readonly string[]>([]);

/** Id of the one list of partner suggestions every "Responsible partner" field points to. */
export const PARTNER_LIST_ID = "kpi-partners";
