import { newId } from "../id";
import type { Contribution, Cost, Method, Partner, ResourcesData, WeightBasis } from "./resources-tool";

/** A new partner with no weight and no percentage yet, not yet linked to step 2's list (see partner-links). */
export function newPartner(name: string, id = newId()): Partner {
  return { id, organizationId: null, name, weight: null, percent: null };
}

export function addPartner(data: ResourcesData, partner: Partner): ResourcesData {
  return { ...data, partners: [...data.partners, partner] };
}

/** Changes the partner with `id`; the data is returned as it was when there is no such partner or nothing changes. */
export function editPartner(data: ResourcesData, id: string, change: Partial<Omit<Partner, "id">>): ResourcesData {
  const partners = editById(data.partners, id, change);
  return partners === data.partners ? data : { ...data, partners };
}

export function renamePartner(data: ResourcesData, id: string, name: string): ResourcesData {
  return editPartner(data, id, { name });
}

/** Deletes the partner and every contribution it made, which would otherwise count for no one. */
export function deletePartner(data: ResourcesData, id: string): ResourcesData {
  const partners = data.partners.filter((p) => p.id !== id);
  if (partners.length === data.partners.length) return data;
  return { ...data, partners, contributions: data.contributions.filter((c) => c.partnerId !== id) };
}

export function addCost(data: ResourcesData, cost: Cost): ResourcesData {
  return { ...data, costs: [...data.costs, cost] };
}

export function deleteCost(data: ResourcesData, id: string): ResourcesData {
  const costs = data.costs.filter((c) => c.id !== id);
  return costs.length === data.costs.length ? data : { ...data, costs };
}

export function addContribution(data: ResourcesData, contribution: Contribution): ResourcesData {
  return { ...data, contributions: [...data.contributions, contribution] };
}

export function deleteContribution(data: ResourcesData, id: string): ResourcesData {
  const contributions = data.contributions.filter((c) => c.id !== id);
  return contributions.length === data.contributions.length ? data : { ...data, contributions };
}

export function setTerm(data: ResourcesData, termMonths: number): ResourcesData {
  return data.termMonths === termMonths ? data : { ...data, termMonths };
}

export function setVolunteerRate(data: ResourcesData, volunteerRate: number): ResourcesData {
  return data.volunteerRate === volunteerRate ? data : { ...data, volunteerRate };
}

export function setMethod(data: ResourcesData, method: Method): ResourcesData {
  return data.method === method ? data : { ...data, method };
}

export function setWeightBasis(data: ResourcesData, weightBasis: WeightBasis): ResourcesData {
  return data.weightBasis === weightBasis ? data : { ...data, weightBasis };
}

/** Volunteer-time contributions valued at another rate than the volunteer-hour setting. */
export function volunteerEntriesOffRate(data: Pick<ResourcesData, "contributions" | "volunteerRate">): number {
  return data.contributions.filter((c) => c.type === "volunteer" && c.unitValue !== data.volunteerRate).length;
}

/** Values every volunteer-time contribution at the volunteer-hour setting. */
export function revalueVolunteerTime(data: ResourcesData): ResourcesData {
  if (volunteerEntriesOffRate(data) === 0) return data;
  const rate = data.volunteerRate;
  return {
    ...data,
    contributions: data.contributions.map((c) => (c.type === "volunteer" && c.unitValue !== rate ? { ...c, unitValue: rate } : c)),
  };
}

/** The list with the item `id` changed; the same list when there is no such item or nothing changes. */
function editById<T extends { id: string }>(items: readonly T[], id: string, change: Partial<Omit<T, "id">>): T[] {
  let changed = false;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    const edited = { ...item, ...change };
    changed = (Object.keys(change) as (keyof typeof change)[]).some((key) => edited[key] !== item[key]);
    return changed ? edited : item;
  });
  return changed ? next : (items as T[]);
}
