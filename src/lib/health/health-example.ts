import { EXAMPLE } from "../example/partnership";
import { type Answer, type HealthData, STATEMENTS } from "./health-tool";

const [FOOD_BANK, PARKS, GROCER] = EXAMPLE.partners;

/** Scores per statement, in STATEMENTS order, for the food bank, the parks department and the grocer. */
const MONTH_3: readonly (readonly [number, number, number])[] = [
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
];
const MONTH_9: readonly (readonly [number, number, number])[] = [
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
];

function answers(round: string, day: string, table: typeof MONTH_3): Answer[] {
  const partners = [FOOD_BANK, PARKS, GROCER];
  return partners.flatMap((partner, p) =>
    STATEMENTS.map(({ key }, s) => ({
      round,
      partner,
      statement: key,
      score: table[s]?.[p] ?? 3,
      // Each partner answered on the round's day, an hour apart.
      answeredAt: Date.parse(`${day}T${10 + p}:00:00Z`),
    })),
  );
}

/** The three partners' health checks at month 3 and month 9: they differ most on fair sharing and community voice. */
export function healthExample(): HealthData {
  return {
    rounds: [
      { id: "example-round-1", label: "Month 3", date: "2027-05-31" },
      { id: "example-round-2", label: "Month 9", date: "2027-11-30" },
    ],
    partners: [FOOD_BANK, PARKS, GROCER],
    answers: [...answers("example-round-1", "2027-05-31", MONTH_3), ...answers("example-round-2", "2027-11-30", MONTH_9)],
  };
}
