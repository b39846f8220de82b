import { divRound, pow10 } from "./money";
import { type Contribution, type ContributionType, QUANTITY_SCALE } from "./resources-tool";

/** Value of a contribution in minor units: quantity × unit value, rounded half away from zero to the minor unit. */
export function contributionValue(contribution: Pick<Contribution, "quantity" | "unitValue">): bigint {
  return divRound(BigInt(contribution.quantity) * BigInt(contribution.unitValue), pow10(QUANTITY_SCALE));
}

export const isCash = (type: ContributionType): boolean => type === "cash";

/** What one partner has put in, in minor units. */
export interface Contributed {
  cash: bigint;
  inKind: bigint;
  total: bigint;
  /** Value per contribution type. */
  byType: Record<ContributionType, bigint>;
}

function emptyByType(): Record<ContributionType, bigint> {
  return { cash: 0n, staff: 0n, volunteer: 0n, space: 0n, equipment: 0n, data: 0n, other: 0n };
}

/** Totals of the contributions of the partner with id `partnerId`, cash and in kind apart and together. */
export function contributedBy(partnerId: string, contributions: readonly Contribution[]): Contributed {
  const byType = emptyByType();
  for (const c of contributions) if (c.partnerId === partnerId) byType[c.type] += contributionValue(c);
  const total = Object.values(byType).reduce((a, b) => a + b, 0n);
  return { cash: byType.cash, inKind: total - byType.cash, total, byType };
}
