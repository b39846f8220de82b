import { DATES, FOOD_BANK, GROCER, PARKS } from "./partnership";

/** The partners in the order of each score triple. */
export const HEALTH_PARTNERS = [FOOD_BANK, PARKS, GROCER] as const;

/** The ten statements, in the health check's order (see src/lib/health/health-tool.ts). */
export const HEALTH_STATEMENTS = [
  "purpose",
  "trust",
  "communication",
  "fairness",
  "decisions",
  "accountability",
  "community",
  "learning",
  "leadership",
  "satisfaction",
] as const;

type Scores = readonly (readonly [number, number, number])[];

/** Scores 1–5 per statement (rows, in HEALTH_STATEMENTS order) for Eastside, Parks and Greenleaf. */
export const HEALTH_ROUNDS: readonly { label: string; date: string; scores: Scores }[] = [
  {
    label: "Month 3",
    date: DATES.healthCheck1,
    scores: [
      [5, 4, 4],
      [4, 4, 3],
      [4, 3, 3],
      [4, 5, 2],
      [4, 3, 3],
      [4, 4, 4],
      [3, 3, 2],
      [3, 3, 3],
      [5, 3, 3],
      [4, 4, 3],
    ],
  },
  {
    label: "Month 9",
    date: DATES.healthCheck2,
    scores: [
      [5, 5, 4],
      [4, 4, 4],
      [4, 4, 3],
      [4, 5, 2],
      [4, 4, 3],
      [4, 4, 4],
      [5, 2, 4],
      [4, 4, 3],
      [4, 4, 3],
      [4, 4, 4],
    ],
  },
];

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const round1 = (value: number) => Math.round(value * 10) / 10;

/** Average of every answer in a round, to one decimal. */
export const roundAverage = (round: number): number => round1(mean((HEALTH_ROUNDS[round]?.scores ?? []).flat()));

/** One partner's average over the ten statements, to one decimal. */
export const partnerAverage = (round: number, partner: number): number =>
  round1(mean((HEALTH_ROUNDS[round]?.scores ?? []).map((row) => row[partner] ?? 0)));

/** The scores for one statement in one round. */
export function statementScores(round: number, statement: (typeof HEALTH_STATEMENTS)[number]): readonly [number, number, number] {
  const row = HEALTH_ROUNDS[round]?.scores[HEALTH_STATEMENTS.indexOf(statement)];
  if (!row) throw new Error(`no scores for ${statement}`);
  return row;
}

/** The satisfaction statement's average, to two decimals, as the satisfaction KPI records it. */
export const satisfaction = (round: number): number => Math.round(mean(statementScores(round, "satisfaction")) * 100) / 100;
