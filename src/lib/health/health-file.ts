import * as v from "valibot";
import { describeIssues, parseJson } from "../storage/decode";
import { findHostileContent } from "../storage/hostile";
import { APP_ID } from "../storage/record";
import {
  AnsweredAtSchema,
  type HealthData,
  RoundSchema,
  STATEMENTS,
  STATEMENT_KEYS,
  ScoreSchema,
  partnerKey,
  partnerName,
} from "./health-tool";

/** Format version of a partner's answer file. */
export const ANSWER_FILE_FORMAT = 1;
/** Largest answer file read; a real one is about 2 KB. */
export const MAX_ANSWER_FILE_BYTES = 64 * 1024;
/** Most files read in one import. */
export const MAX_ANSWER_FILES = 30;

/** One partner's answers for one round, as sent to whoever gathers the health check. */
const AnswerFileSchema = v.object({
  /** Always APP_ID. */
  app: v.literal(APP_ID),
  /** Always "health-answers". */
  kind: v.literal("health-answers"),
  /** ANSWER_FILE_FORMAT at the time of export. */
  format: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** ISO 8601 time of export. */
  exportedAt: v.pipe(v.string(), v.maxLength(40)),
  /** The round as the exporting browser knows it. */
  round: RoundSchema,
  /** The partner whose answers these are. */
  partner: partnerName,
  /** At most one answer per statement. */
  answers: v.pipe(
    v.array(v.object({ statement: v.picklist(STATEMENT_KEYS), score: ScoreSchema, answeredAt: AnsweredAtSchema })),
    v.maxLength(STATEMENTS.length),
    v.check((list) => new Set(list.map((a) => a.statement)).size === list.length, "a statement is answered twice"),
  ),
});

export type AnswerFile = v.InferOutput<typeof AnswerFileSchema>;

/** The answer file of `partner` for a round, or null when the round does not exist. */
export function exportAnswerFile(data: HealthData, roundId: string, partner: string, now: number): AnswerFile | null {
  const round = data.rounds.find((r) => r.id === roundId);
  if (!round) return null;
  const key = partnerKey(partner);
  const answers = data.answers
    .filter((a) => a.round === roundId && partnerKey(a.partner) === key)
    .map(({ statement, score, answeredAt }) => ({ statement, score, answeredAt }));
  return {
    app: APP_ID,
    kind: "health-answers",
    format: ANSWER_FILE_FORMAT,
    exportedAt: new Date(now).toISOString(),
    round: { ...round },
    partner,
    answers,
  };
}

/** A file name such as "health-check-greenleaf-grocers-month-3.json". */
export function answerFileName(partner: string, roundLabel: string): string {
  const slug = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "x";
  return `health-check-${slug(partner)}-${slug(roundLabel)}.json`;
}

const kindOf = (value: unknown): unknown =>
  typeof value === "object" && value !== null && (value as { app?: unknown }).app === APP_ID ? (value as { kind?: unknown }).kind : null;

/** True when `value` (parsed JSON) is meant as a partner's health-check answer file, valid or not. */
export function isHealthAnswerFile(value: unknown): boolean {
  return kindOf(value) === "health-answers";
}

/** True when `value` (parsed JSON) is meant as a plan file: the whole workspace exported from /plan/. */
function isPlanFile(value: unknown): boolean {
  return kindOf(value) === "workspace";
}

export type ReadAnswerFile = { ok: true; file: AnswerFile } | { ok: false; message: string };

/** Reads one answer file completely: size, JSON, hostile content, envelope, version and every answer. */
export function readAnswerFile(text: string): ReadAnswerFile {
  if (new TextEncoder().encode(text).length > MAX_ANSWER_FILE_BYTES) {
    return { ok: false, message: "it is larger than 64 KB, far more than any answer file" };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, message: "its text cannot be read as an answer file (it may be cut short)" };
  const hostile = findHostileContent(parsed.value);
  if (hostile) return { ok: false, message: `it was refused because ${hostile}` };
  if (isPlanFile(parsed.value)) {
    return {
      ok: false,
      message:
        "it is a plan file, the copy of all your saved work exported from the Your plan page, not a partner's answers; import it on the Your plan page",
    };
  }
  if (!isHealthAnswerFile(parsed.value)) return { ok: false, message: "it is not a health check answer file from this guide" };
  const format = (parsed.value as { format?: unknown }).format;
  if (typeof format === "number" && format > ANSWER_FILE_FORMAT) {
    return { ok: false, message: "it comes from a newer version of this guide; reload the page and try again" };
  }
  const file = v.safeParse(AnswerFileSchema, parsed.value);
  if (!file.success) return { ok: false, message: `it does not hold valid answers (${describeIssues(file.issues)})` };
  return { ok: true, file: file.output };
}
