import { budgetTotal } from "./budget";
import { METHODS, type Method, type Partner, type ResourcesData } from "./resources-tool";
import { type Settlement, settle } from "./settlement";
import { type Sharing, shareCosts } from "./sharing";
import { type Contributed, contributedBy } from "./valuation";

/** One partner's standing under the chosen method, in minor units. */
export interface PartnerStanding {
  partner: Partner;
  share: bigint;
  contributed: Contributed;
  /** contributed − fair share: above zero the partner has put in more than its share. */
  balance: bigint;
  /** What the partner pays other partners in the settlement. */
  pays: bigint;
  /** What the partner receives from other partners in the settlement. */
  receives: bigint;
  /** What the partner still puts into the shared budget to cover a funding gap. */
  intoBudget: bigint;
  /** By how much the partner can pledge less when there is a surplus. */
  lessToPledge: bigint;
}

/** A payment in the settlement; `from` or `to` is null for the shared budget. */
export interface Payment {
  from: Partner | null;
  to: Partner | null;
  amount: bigint;
}

export interface CostSharing {
  /** The budget's total over the term. */
  totalCost: bigint;
  totalContributed: bigint;
  /** totalCost − totalContributed: above zero a funding gap, below zero a surplus. */
  gap: bigint;
  /** Each partner's contributions, in the partners' order. */
  contributed: Contributed[];
  /** Fair shares under every method, for the side-by-side view. */
  byMethod: Record<Method, Sharing>;
  /** The chosen method's result; standings and payments only when it gives shares. */
  chosen: Sharing;
  standings: PartnerStanding[] | null;
  payments: Payment[];
  /** Whether the number of payments is proven the fewest. */
  minimal: boolean;
  /** Contributions whose partner no longer exists; they are left out of every total. */
  unassigned: number;
}

function standingsFor(partners: readonly Partner[], contributed: Contributed[], shares: bigint[], gap: bigint) {
  const balances = partners.map((_, i) => (contributed[i]?.total ?? 0n) - (shares[i] ?? 0n));
  // The shared budget takes part as one more party, owed the gap (or owing the surplus), so balances sum to zero.
  const settlement: Settlement = settle([...balances, gap]);
  const budget = partners.length;
  const standings: PartnerStanding[] = partners.map((partner, i) => {
    const out = settlement.transfers.filter((t) => t.from === i);
    const inn = settlement.transfers.filter((t) => t.to === i);
    const sum = (list: typeof out) => list.reduce((a, t) => a + t.amount, 0n);
    return {
      partner,
      share: shares[i] ?? 0n,
      contributed: contributed[i] as Contributed,
      balance: balances[i] ?? 0n,
      pays: sum(out.filter((t) => t.to !== budget)),
      receives: sum(inn.filter((t) => t.from !== budget)),
      intoBudget: sum(out.filter((t) => t.to === budget)),
      lessToPledge: sum(inn.filter((t) => t.from === budget)),
    };
  });
  const ordered = [...settlement.transfers].sort((a, b) => a.from - b.from || a.to - b.to);
  const payments = ordered.map((t) => ({ from: partners[t.from] ?? null, to: partners[t.to] ?? null, amount: t.amount }));
  return { standings, payments, minimal: settlement.minimal };
}

/** The saved data the results depend on, and nothing else. */
export type SharingInput = Pick<ResourcesData, "costs" | "termMonths" | "partners" | "contributions" | "method">;

/** The budget's total and every method's fair shares of it: they depend on the costs, the term and the partners only. */
export interface SharingBasis {
  totalCost: bigint;
  byMethod: Record<Method, Sharing>;
}

/** The budget's total over the term and every method's fair shares of it. */
export function sharingBasis(data: Pick<SharingInput, "costs" | "termMonths" | "partners">): SharingBasis {
  const totalCost = budgetTotal(data.costs, data.termMonths);
  const byMethod = Object.fromEntries(METHODS.map((m) => [m, shareCosts(m, totalCost, data.partners)])) as Record<Method, Sharing>;
  return { totalCost, byMethod };
}

/** What the partners have put in: it depends on the partners and the contributions only. */
export interface ContributedTotals {
  contributed: Contributed[];
  totalContributed: bigint;
  unassigned: number;
}

/** Each partner's contributions, their total, and how many belong to no partner. */
export function contributedTotals(data: {
  partners: readonly Pick<Partner, "id">[];
  contributions: SharingInput["contributions"];
}): ContributedTotals {
  const contributed = data.partners.map((p) => contributedBy(p.id, data.contributions));
  const totalContributed = contributed.reduce((a, c) => a + c.total, 0n);
  const known = new Set(data.partners.map((p) => p.id));
  const unassigned = data.contributions.filter((c) => !known.has(c.partnerId)).length;
  return { contributed, totalContributed, unassigned };
}

/**
 * The results from the two parts above and the chosen method. The parts are kept as they are (same objects),
 * so a caller that keeps them while their inputs are unchanged can tell what did not change.
 */
export function combineCostSharing(
  partners: readonly Partner[],
  method: Method | null,
  basis: SharingBasis,
  totals: ContributedTotals,
): CostSharing {
  const { totalCost, byMethod } = basis;
  const { contributed, totalContributed, unassigned } = totals;
  const gap = totalCost - totalContributed;
  const chosen: Sharing = method === null ? { ok: false, problem: { kind: "no-method" } } : byMethod[method];
  const base = { totalCost, totalContributed, gap, contributed, byMethod, chosen, unassigned };
  if (!chosen.ok) return { ...base, standings: null, payments: [], minimal: true };
  return { ...base, ...standingsFor(partners, contributed, chosen.shares, gap) };
}

/** Everything the results show, computed exactly in minor units from the saved data. */
export function computeCostSharing(data: SharingInput): CostSharing {
  return combineCostSharing(data.partners, data.method, sharingBasis(data), contributedTotals(data));
}
