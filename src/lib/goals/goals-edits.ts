import { newId } from "../id";
import type { Goal, GoalsData, Priority } from "./goals-tool";

const NO_SMART: Goal["smart"] = { specific: false, measurable: false, achievable: false, relevant: false, timeBound: false };

/** A new goal with nothing checked yet. */
export function newGoal(title: string, priority: Priority, id = newId()): Goal {
  return { id, title, smart: { ...NO_SMART }, priority, owner: "", wants: "" };
}

export function setOrganization(data: GoalsData, organization: string): GoalsData {
  return data.organization === organization ? data : { ...data, organization };
}

export function setPartnershipName(data: GoalsData, partnershipName: string): GoalsData {
  return data.partnershipName === partnershipName ? data : { ...data, partnershipName };
}

/** The worksheet's list of what the organization can offer, one item a line. */
export function setOffers(data: GoalsData, offers: string): GoalsData {
  return data.offers === offers ? data : { ...data, offers };
}

/** The worksheet's non-negotiables, one a line. */
export function setNonNegotiables(data: GoalsData, nonNegotiables: string): GoalsData {
  return data.nonNegotiables === nonNegotiables ? data : { ...data, nonNegotiables };
}

export function addGoal(data: GoalsData, goal: Goal): GoalsData {
  return { ...data, goals: [...data.goals, goal] };
}

/** Changes the goal with `id`; the data is returned as it was when there is no such goal or nothing changes. */
export function editGoal(data: GoalsData, id: string, change: Partial<Omit<Goal, "id">>): GoalsData {
  let changed = false;
  const goals = data.goals.map((goal) => {
    if (goal.id !== id) return goal;
    const next = { ...goal, ...change };
    changed = (Object.keys(change) as (keyof typeof change)[]).some((key) => next[key] !== goal[key]);
    return changed ? next : goal;
  });
  return changed ? { ...data, goals } : data;
}

export function deleteGoal(data: GoalsData, id: string): GoalsData {
  const goals = data.goals.filter((goal) => goal.id !== id);
  return goals.length === data.goals.length ? data : { ...data, goals };
}
