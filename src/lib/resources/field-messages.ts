import type { AmountProblem } from "./money";

export interface FieldRule {
  /** What the field holds, lower case, e.g. "amount", "weight". */
  noun: string;
  /** Decimals allowed. */
  scale: number;
  /** The largest value accepted, written for readers, e.g. "1,000,000,000,000". */
  largest: string;
}

/** What to tell the reader when a number field refuses its input. */
export function numberMessage(problem: AmountProblem, rule: FieldRule): string {
  switch (problem) {
    case "empty":
      return `Enter the ${rule.noun}.`;
    case "invalid":
      return `Enter the ${rule.noun} as a number, such as 1250 or 12.5 (a decimal comma, 12,5, works too).`;
    case "negative":
      return `The ${rule.noun} cannot be negative.`;
    case "decimals":
      return rule.scale === 0
        ? `Enter the ${rule.noun} as a whole number.`
        : `Use at most ${rule.scale} ${rule.scale === 1 ? "decimal" : "decimals"} for the ${rule.noun}.`;
    case "too-large":
      return `The ${rule.noun} can be at most ${rule.largest}.`;
  }
}
