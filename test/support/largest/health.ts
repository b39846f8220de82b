import { APP_ID } from "~/lib/storage/record";
import { type Answer, type HealthData, STATEMENTS, healthTool } from "~/lib/health/health-tool";

/** The scale for the health check: 20 partners, each answering every statement in 12 rounds. */
export const LARGEST_HEALTH = { partners: 20, rounds: 12 } as const;

/** The data: rounds a month apart, every partner's ten answers in every round, scores spread over 1–5. */
export function largestHealthData(): HealthData {
  const rounds = Array.from({ length: LARGEST_HEALTH.rounds }, (_, r) => ({
    id: `round-${r + 1}`,
    label: `Month ${3 * (r + 1)}`,
    date: `${2027 + Math.floor(r / 12)}-${String((r % 12) + 1).padStart(2, "0")}-15`,
  }));
  const partners = Array.from({ length: LARGEST_HEALTH.partners }, (_, p) => `Partner organization ${p + 1} of the neighborhood network`);
  const answers: Answer[] = rounds.flatMap((round, r) =>
    partners.flatMap((partner, p) =>
      STATEMENTS.map(({ key }, s) => ({
        round: round.id,
        partner,
        statement: key,
        score: ((r + 2 * p + 3 * s) % 5) + 1,
        answeredAt: Date.parse(`${round.date}T09:00:00Z`) + p * 60_000 + s * 1000,
      })),
    ),
  );
  return { rounds, partners, answers };
}

/** The stored record text (`{ app, tool, version, savedAt, data }`) of the largest health check, for `npm run bench`. */
export function largestHealth(): string {
  return JSON.stringify({
    app: APP_ID,
    tool: healthTool.id,
    version: healthTool.version,
    savedAt: Date.parse("2028-01-01T00:00:00Z"),
    data: largestHealthData(),
  });
}
