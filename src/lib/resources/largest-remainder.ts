/**
 * Splits `total` (a non-negative integer, e.g. cents) in proportion to `weights` (non-negative integers, not all zero)
 * with the largest-remainder method: everyone gets the floor of their exact quota, and the units left over go one each
 * to the largest remainders, ties to the earlier entry. The parts always add up to `total` exactly.
 */
export function splitByWeights(total: bigint, weights: readonly bigint[]): bigint[] {
  const sum = weights.reduce((a, w) => a + w, 0n);
  if (sum <= 0n || total < 0n || weights.some((w) => w < 0n))
    throw new RangeError("splitByWeights needs non-negative weights with a positive sum");
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, index) => ({ index, remainder: (total * w) % sum }));
  let left = total - parts.reduce((a, p) => a + p, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
}

/** `total` split into `count` equal parts differing by at most one unit, the larger ones first. */
export function splitEqually(total: bigint, count: number): bigint[] {
  return splitByWeights(
    total,
    Array.from({ length: count }, () => 1n),
  );
}
