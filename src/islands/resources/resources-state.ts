import { computed } from "@preact/signals";
import { combineCostSharing, contributedTotals, sharingBasis } from "~/lib/resources/cost-sharing";
import { budgetTotal } from "~/lib/resources/budget";
import { contributionFigures, shareFigures } from "~/lib/resources/resources-charts";
import { volunteerEntriesOffRate } from "~/lib/resources/resources-edits";
import { hasResources, resourcesTool } from "~/lib/resources/resources-tool";
import { nameKey } from "~/lib/names";
import { organizations } from "../shared/organizations";
import { computedById, computedIds } from "../shared/select";
import { toolState } from "../shared/tool-state";

/** The costing tool's state, and every part and figure derived from it, each recomputed only when what it reads changes. */
export const resources = toolState(resourcesTool);
const data = resources.data;

/** Whether the reader has entered anything: the toolbar asks before replacing or clearing it. */
export const hasData = computed(() => hasResources(data.value));

export const currency = computed(() => data.value.currency);
export const termMonths = computed(() => data.value.termMonths);
export const volunteerRate = computed(() => data.value.volunteerRate);
export const method = computed(() => data.value.method);
export const weightBasis = computed(() => data.value.weightBasis);
export const partners = computed(() => data.value.partners);
export const costs = computed(() => data.value.costs);
export const contributions = computed(() => data.value.contributions);

export const partnerIds = computedIds(() => partners.value);
export const partnerById = computedById(() => partners.value);
export const costIds = computedIds(() => costs.value);
export const costById = computedById(() => costs.value);
export const contributionIds = computedIds(() => contributions.value);
export const contributionById = computedById(() => contributions.value);

/** Partner names by id, for the contribution rows. */
export const partnerNames = computed(() => new Map(partners.value.map((p) => [p.id, p.name])));

/** Names on step 2's list that are not partners here yet, offered in the partner name field. */
export const offeredOrganizations = computed(() => {
  const taken = new Set(partners.value.map((p) => nameKey(p.name)));
  return organizations.data.value.organizations.map((o) => o.name).filter((name) => !taken.has(nameKey(name)));
});

/** How many contributions each partner made, by partner id. */
export const contributionCounts = computed(() => {
  const counts = new Map<string, number>();
  for (const c of contributions.value) counts.set(c.partnerId, (counts.get(c.partnerId) ?? 0) + 1);
  return counts;
});

export const volunteerEntries = computed(() =>
  volunteerEntriesOffRate({ contributions: contributions.value, volunteerRate: volunteerRate.value }),
);

export const totalCost = computed(() => budgetTotal(costs.value, termMonths.value));

/** The budget's total and every method's shares: they follow the costs, the term and the partners. */
const basis = computed(() => sharingBasis({ costs: costs.value, termMonths: termMonths.value, partners: partners.value }));

/** What each partner put in: it follows the contributions and which partners there are, not their names or weights. */
const totals = computed(() => contributedTotals({ partners: partnerIds.value.map((id) => ({ id })), contributions: contributions.value }));

/** Everything the results show. */
export const sharing = computed(() => combineCostSharing(partners.value, method.value, basis.value, totals.value));

export const contributionChart = computed(() =>
  contributionFigures({ currency: currency.value, partners: partners.value }, { contributed: sharing.value.contributed }),
);
export const shareChart = computed(() => shareFigures({ currency: currency.value }, { standings: sharing.value.standings }));
