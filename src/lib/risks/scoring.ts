/**
 * Risk scores and bands on the 5 × 5 likelihood × impact matrix.
 * Score = likelihood × impact; bands are set by three upper limits the reader can change.
 */

/** The levels of both scales, lowest first. */
export const LEVELS = [1, 2, 3, 4, 5] as const;

export const LIKELIHOOD_LABELS = ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"] as const;
export const IMPACT_LABELS = ["Insignificant", "Minor", "Moderate", "Major", "Severe"] as const;

/** "Likely" for 4; "" for anything off the scale. */
export function likelihoodLabel(level: number): string {
  return LIKELIHOOD_LABELS[level - 1] ?? "";
}

/** "Severe" for 5; "" for anything off the scale. */
export function impactLabel(level: number): string {
  return IMPACT_LABELS[level - 1] ?? "";
}

export const BANDS = ["low", "moderate", "high", "extreme"] as const;
export type Band = (typeof BANDS)[number];

export const BAND_LABEL: Record<Band, string> = { low: "Low", moderate: "Moderate", high: "High", extreme: "Extreme" };
/** The band words short enough for a matrix cell on a phone; the cell's name still gives the full word. */
export const BAND_SHORT: Record<Band, string> = { low: "Low", moderate: "Mod.", high: "High", extreme: "Ext." };

/** Upper limits of the three lower bands: low ≤ low, moderate ≤ moderate, high ≤ high, extreme above. */
export interface BandLimits {
  low: number;
  moderate: number;
  high: number;
}

export type LimitKey = keyof BandLimits;

/** The NHS/NPSA-style 5 × 5 convention: 1–3 Low, 4–6 Moderate, 8–12 High, 15–25 Extreme. */
export const DEFAULT_LIMITS: BandLimits = { low: 3, moderate: 6, high: 12 };

export const MAX_SCORE = 25;

/** The only 14 products two levels from 1 to 5 can give. */
export const POSSIBLE_SCORES: readonly number[] = [...new Set(LEVELS.flatMap((l) => LEVELS.map((i) => l * i)))].sort((a, b) => a - b);

export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/** The band of a score under valid limits. */
export function bandOf(score: number, limits: BandLimits): Band {
  if (score <= limits.low) return "low";
  if (score <= limits.moderate) return "moderate";
  if (score <= limits.high) return "high";
  return "extreme";
}

/** Where limits fail 1 ≤ low < moderate < high < 25 (whole numbers): the field to fix and why; null when valid. */
export function limitsProblem(limits: BandLimits): { field: LimitKey; message: string } | null {
  const order: { field: LimitKey; min: number }[] = [
    { field: "low", min: 1 },
    { field: "moderate", min: limits.low + 1 },
    { field: "high", min: limits.moderate + 1 },
  ];
  for (const { field, min } of order) {
    const value = limits[field];
    if (!Number.isInteger(value)) return { field, message: "Use a whole number." };
    if (value < min) return { field, message: min === 1 ? "Use 1 or more." : `Use a number above the band below it (${min - 1}).` };
    if (value >= MAX_SCORE) return { field, message: `Use a number below ${MAX_SCORE}, so the Extreme band keeps at least the top score.` };
  }
  return null;
}

/** The scores 1–25 each band covers under valid limits, lowest band first. */
export function bandRanges(limits: BandLimits): { band: Band; min: number; max: number }[] {
  return [
    { band: "low", min: 1, max: limits.low },
    { band: "moderate", min: limits.low + 1, max: limits.moderate },
    { band: "high", min: limits.moderate + 1, max: limits.high },
    { band: "extreme", min: limits.high + 1, max: MAX_SCORE },
  ];
}

/** "8–12" for High under the default limits: the lowest and highest score a risk can actually reach in the band. */
export function describeBand(band: Band, limits: BandLimits): string {
  const range = bandRanges(limits).find((r) => r.band === band);
  const reachable = POSSIBLE_SCORES.filter((s) => range && s >= range.min && s <= range.max);
  const first = reachable[0];
  const last = reachable[reachable.length - 1];
  if (first === undefined || last === undefined) return "no reachable score";
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * Why `value` cannot be the `field` limit while the other two stay as in `limits` (null when it can): the bands must
 * rise, 1 ≤ low < moderate < high < 25, in whole numbers.
 */
export function limitProblem(limits: BandLimits, field: LimitKey, value: number): string | null {
  if (!Number.isInteger(value)) return "Use a whole number.";
  const below = field === "low" ? 0 : field === "moderate" ? limits.low : limits.moderate;
  const above = field === "low" ? limits.moderate : field === "moderate" ? limits.high : MAX_SCORE;
  if (value <= below) return below === 0 ? "Use 1 or more." : `Use a number above the band below it (${below}).`;
  if (value >= above) {
    return above === MAX_SCORE
      ? `Use a number below ${MAX_SCORE}, so the Extreme band keeps at least the top score.`
      : `Use a number below the band above it (${above}).`;
  }
  return null;
}
