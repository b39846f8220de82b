import { HEALTH_PARTNERS, HEALTH_ROUNDS } from "../example/health";
import { type Answer, type HealthData, STATEMENTS } from "./health-tool";

/** The three partners' health checks at month 3 and month 9, from the example's fact sheet. */
export function healthExample(): HealthData {
  const rounds = HEALTH_ROUNDS.map((round, r) => ({ id: `example-round-${r + 1}`, label: round.label, date: round.date }));
  const answers: Answer[] = HEALTH_ROUNDS.flatMap((round, r) =>
    HEALTH_PARTNERS.flatMap((partner, p) =>
      STATEMENTS.map(({ key }, s) => ({
        round: `example-round-${r + 1}`,
        partner,
        statement: key,
        score: round.scores[s]?.[p] ?? 3,
        // Each partner answered on the round's day, an hour apart.
        answeredAt: Date.parse(`${round.date}T${10 + p}:00:00Z`),
      })),
    ),
  );
  return { rounds, partners: [...HEALTH_PARTNERS], answers };
}
