import { impactLabel, likelihoodLabel } from "./scoring";

/** A cell of the 5 × 5 matrix. */
export interface MatrixPoint {
  likelihood: number;
  impact: number;
}

const clamp = (level: number) => Math.min(5, Math.max(1, level));

/**
 * Where a key moves the focus from a cell of the matrix drawn with impact across (1 left)
 * and likelihood up (5 at the top); null for keys that do not move it. Edges hold.
 */
export function moveFrom(at: MatrixPoint, key: string): MatrixPoint | null {
  switch (key) {
    case "ArrowUp":
      return { ...at, likelihood: clamp(at.likelihood + 1) };
    case "ArrowDown":
      return { ...at, likelihood: clamp(at.likelihood - 1) };
    case "ArrowLeft":
      return { ...at, impact: clamp(at.impact - 1) };
    case "ArrowRight":
      return { ...at, impact: clamp(at.impact + 1) };
    case "Home":
      return { ...at, impact: 1 };
    case "End":
      return { ...at, impact: 5 };
    default:
      return null;
  }
}

/** The accessible name of a cell, e.g. "Likelihood 4 Likely, impact 5 Severe: Extreme, 2 risks". */
export function cellName(at: MatrixPoint, bandLabel: string, count: number): string {
  const place = `Likelihood ${at.likelihood} ${likelihoodLabel(at.likelihood)}, impact ${at.impact} ${impactLabel(at.impact)}`;
  return `${place}: ${bandLabel}, ${count} ${count === 1 ? "risk" : "risks"}`;
}
