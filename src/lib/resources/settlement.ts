/** One payment: `from` pays `to` `amount` minor units (indices into the balances given to `settle`). */
export interface Transfer {
  from: number;
  to: number;
  amount: bigint;
}

export interface Settlement {
  transfers: Transfer[];
  /** True when the number of transfers is proven the fewest possible; false when the quick method was used. */
  minimal: boolean;
}

/** Above this many parties with a non-zero balance, the exact search (2ⁿ subsets) gives way to the greedy method. */
export const MAX_EXACT_PARTIES = 13;

/**
 * Greedy settling of parties whose balances sum to zero: the largest debtor pays the largest creditor
 * until one of them is square. Each payment squares at least one party, the last squares two,
 * so k parties need at most k − 1 payments.
 */
export function greedyTransfers(balances: readonly bigint[], members: readonly number[]): Transfer[] {
  const left = new Map(members.map((i) => [i, balances[i] ?? 0n]));
  const transfers: Transfer[] = [];
  const pick = (sign: 1n | -1n) => {
    let best = -1;
    let bestValue = 0n;
    for (const [i, value] of left) if (value * sign > bestValue) [best, bestValue] = [i, value * sign];
    return { index: best, value: bestValue };
  };
  for (;;) {
    const debtor = pick(-1n);
    const creditor = pick(1n);
    if (debtor.index === -1 || creditor.index === -1) break;
    const amount = debtor.value < creditor.value ? debtor.value : creditor.value;
    transfers.push({ from: debtor.index, to: creditor.index, amount });
    left.set(debtor.index, -(debtor.value - amount));
    left.set(creditor.index, creditor.value - amount);
  }
  return transfers;
}

/**
 * Splits the parties into the largest number of disjoint groups whose balances each sum to zero
 * (dynamic programming over subsets). Settling each group takes its size − 1 payments, so the total,
 * parties − groups, is the fewest payments that square everyone.
 */
export function zeroSumGroups(balances: readonly bigint[], members: readonly number[]): number[][] {
  const n = members.length;
  const full = (1 << n) - 1;
  const sum: bigint[] = new Array<bigint>(full + 1).fill(0n);
  const best = new Int32Array(full + 1);
  for (let mask = 1; mask <= full; mask++) {
    const low = 31 - Math.clz32(mask & -mask);
    sum[mask] = (sum[mask & (mask - 1)] ?? 0n) + (balances[members[low] ?? 0] ?? 0n);
    let most = 0;
    for (let bit = 0; bit < n; bit++) if (mask & (1 << bit)) most = Math.max(most, best[mask ^ (1 << bit)] ?? 0);
    best[mask] = most + (sum[mask] === 0n ? 1 : 0);
  }
  const groups: number[][] = [];
  let mask = full;
  let group: number[] = [];
  while (mask !== 0) {
    const bonus = sum[mask] === 0n ? 1 : 0;
    if (bonus === 1 && group.length > 0) {
      groups.push(group);
      group = [];
    }
    for (let bit = 0; bit < n; bit++) {
      if (mask & (1 << bit) && (best[mask ^ (1 << bit)] ?? 0) + bonus === best[mask]) {
        group.push(members[bit] ?? 0);
        mask ^= 1 << bit;
        break;
      }
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * Payments that bring every balance to zero. Balances must sum to zero; a positive balance is owed money,
 * a negative one owes it. Payments only go from parties that owe to parties that are owed.
 * Up to MAX_EXACT_PARTIES parties with a non-zero balance the number of payments is the fewest possible;
 * beyond that the greedy method is used and `minimal` is false.
 */
export function settle(balances: readonly bigint[]): Settlement {
  const members = balances.flatMap((b, i) => (b === 0n ? [] : [i]));
  if (members.length > MAX_EXACT_PARTIES) return { transfers: greedyTransfers(balances, members), minimal: false };
  const transfers = zeroSumGroups(balances, members).flatMap((group) =>
    greedyTransfers(
      balances,
      group.sort((a, b) => a - b),
    ),
  );
  return { transfers, minimal: true };
}
