import type { Stakeholder } from "./engagement-tool";

/** Mendelow's power/interest grid: the four quadrants and what each asks of the partnership. */
export const QUADRANTS = ["manage-closely", "keep-satisfied", "keep-informed", "monitor"] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABEL: Record<Quadrant, string> = {
  "manage-closely": "Manage closely",
  "keep-satisfied": "Keep satisfied",
  "keep-informed": "Keep informed",
  monitor: "Monitor",
};

/** The lowest and highest power or interest score. */
export const MIN_SCORE = 1;
export const MAX_SCORE = 5;

/**
 * The quadrant of a power and interest score, each high from `highFrom` up: high power and high interest, manage
 * closely; high power only, keep satisfied; high interest only, keep informed; neither, monitor.
 */
export function quadrantOf(power: number, interest: number, highFrom: number): Quadrant {
  const highPower = power >= highFrom;
  const highInterest = interest >= highFrom;
  if (highPower) return highInterest ? "manage-closely" : "keep-satisfied";
  return highInterest ? "keep-informed" : "monitor";
}

/** A score brought within 1–5 and rounded to whole; NaN counts as the lowest. */
export function clampScore(score: number): number {
  if (Number.isNaN(score)) return MIN_SCORE;
  return Math.min(MAX_SCORE, Math.max(MIN_SCORE, Math.round(score)));
}

/** The stakeholders in each quadrant, in map order. */
export function byQuadrant<S extends Pick<Stakeholder, "power" | "interest">>(
  stakeholders: readonly S[],
  highFrom: number,
): Record<Quadrant, S[]> {
  const groups: Record<Quadrant, S[]> = { "manage-closely": [], "keep-satisfied": [], "keep-informed": [], monitor: [] };
  for (const s of stakeholders) groups[quadrantOf(s.power, s.interest, highFrom)].push(s);
  return groups;
}

/**
 * How an arrow key moves a stakeholder on the grid drawn with interest across (1 left) and power up (5 at the top):
 * [change of power, change of interest]; null for other keys.
 */
export function gridStep(key: string): [number, number] | null {
  switch (key) {
    case "ArrowUp":
      return [1, 0];
    case "ArrowDown":
      return [-1, 0];
    case "ArrowRight":
      return [0, 1];
    case "ArrowLeft":
      return [0, -1];
    default:
      return null;
  }
}

/** Each stakeholder's place among those sharing its cell of the grid (0 for the first in map order), by id. */
export function placesInCells(stakeholders: readonly Pick<Stakeholder, "id" | "power" | "interest">[]): Map<string, number> {
  const seen = new Map<string, number>();
  const places = new Map<string, number>();
  for (const s of stakeholders) {
    const cell = `${s.power}-${s.interest}`;
    const place = seen.get(cell) ?? 0;
    places.set(s.id, place);
    seen.set(cell, place + 1);
  }
  return places;
}
