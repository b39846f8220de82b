import { numberFormat } from "../intl-cache";
import { splitByWeights, splitEqually } from "./largest-remainder";
import type { Method, Partner } from "./resources-tool";

/** Why a sharing method cannot give shares yet. */
export type SharingProblem =
  /** The partners have not chosen how to share the costs. */
  | { kind: "no-method" }
  | { kind: "no-partners" }
  /** Proportional mode: these partners have no weight, or a weight of zero. */
  | { kind: "weights"; missing: string[]; zero: string[] }
  /** Custom mode: these partners have no percentage. */
  | { kind: "percent-missing"; missing: string[] }
  /** Custom mode: the percentages add up to `total` hundredths of a percent, not 10 000. */
  | { kind: "percent-total"; total: number };

export type Sharing = { ok: true; shares: bigint[] } | { ok: false; problem: SharingProblem };

type SharingPartner = Pick<Partner, "name" | "weight" | "percent">;

/** Equal shares: C ÷ n, the leftover cents to the first partners. */
export function equalShares(total: bigint, partners: readonly SharingPartner[]): Sharing {
  if (partners.length === 0) return { ok: false, problem: { kind: "no-partners" } };
  return { ok: true, shares: splitEqually(total, partners.length) };
}

/** Proportional shares: C × wᵢ ÷ Σw. Every partner needs a weight above zero: never a silent default. */
export function proportionalShares(total: bigint, partners: readonly SharingPartner[]): Sharing {
  if (partners.length === 0) return { ok: false, problem: { kind: "no-partners" } };
  const missing = partners.filter((p) => p.weight === null).map((p) => p.name);
  const zero = partners.filter((p) => p.weight === 0).map((p) => p.name);
  if (missing.length > 0 || zero.length > 0) return { ok: false, problem: { kind: "weights", missing, zero } };
  return {
    ok: true,
    shares: splitByWeights(
      total,
      partners.map((p) => BigInt(p.weight ?? 0)),
    ),
  };
}

/** Custom percentages: they must add up to exactly 100 %; they are never rescaled. */
export function customShares(total: bigint, partners: readonly SharingPartner[]): Sharing {
  if (partners.length === 0) return { ok: false, problem: { kind: "no-partners" } };
  const missing = partners.filter((p) => p.percent === null).map((p) => p.name);
  if (missing.length > 0) return { ok: false, problem: { kind: "percent-missing", missing } };
  const sum = partners.reduce((a, p) => a + (p.percent ?? 0), 0);
  if (sum !== 10_000) return { ok: false, problem: { kind: "percent-total", total: sum } };
  return {
    ok: true,
    shares: splitByWeights(
      total,
      partners.map((p) => BigInt(p.percent ?? 0)),
    ),
  };
}

const BY_METHOD: Record<Method, (total: bigint, partners: readonly SharingPartner[]) => Sharing> = {
  equal: equalShares,
  proportional: proportionalShares,
  custom: customShares,
};

/** Every partner's fair share of `total` under `method`, in the partners' order, or why there is none. */
export function shareCosts(method: Method, total: bigint, partners: readonly SharingPartner[]): Sharing {
  return BY_METHOD[method](total, partners);
}

/**
 * "A", "A and B", "A, B, and C": what Intl.ListFormat("en", { type: "conjunction" }) writes, without creating one,
 * which takes several milliseconds on a slow phone the first time (the messages are in English).
 */
export function englishList(list: readonly string[]): string {
  if (list.length <= 2) return list.join(" and ");
  return `${list.slice(0, -1).join(", ")}, and ${list[list.length - 1]}`;
}

/** The problem in words, for the reader. */
export function describeSharingProblem(problem: SharingProblem, locale?: string): string {
  switch (problem.kind) {
    case "no-method":
      return "No cost-sharing method is chosen yet: each partner's share is worked out once one is.";
    case "no-partners":
      return "Add the partner organizations first.";
    case "weights": {
      const parts: string[] = [];
      if (problem.missing.length > 0) parts.push(`Enter a weight for ${englishList(problem.missing)}.`);
      if (problem.zero.length > 0)
        parts.push(`A weight of zero leaves ${englishList(problem.zero)} out of the sharing: enter a weight above zero.`);
      return parts.join(" ");
    }
    case "percent-missing":
      return `Enter a percentage for ${englishList(problem.missing)}.`;
    case "percent-total": {
      const total = numberFormat(locale, { maximumFractionDigits: 2 }).format(problem.total / 100);
      return `The percentages add up to ${total}%, not 100%. Change them until they add up to exactly 100%; no shares are shown until then.`;
    }
  }
}
