import * as v from "valibot";
import { tidyName } from "../names";
import { describeIssues } from "../storage/decode";
import type { AnswerFile } from "./health-file";
import { type Answer, type HealthData, HealthSchema, type Round, partnerKey, roundNameKey } from "./health-tool";

/** Identifies the question an answer answers: round, partner (case-blind) and statement. */
export function answerKey(answer: Pick<Answer, "round" | "partner" | "statement">): string {
  // The round id's length first, and the statement (a fixed word) last, keep any two questions' keys apart.
  return `${answer.round.length}:${answer.round}|${partnerKey(answer.partner)}|${answer.statement}`;
}

/**
 * Of two answers to the same question, the one to keep: the later answered; on a tie the higher score,
 * then the partner name that sorts first, so the choice never depends on which came first.
 */
export function preferred(a: Answer, b: Answer): Answer {
  if (a.answeredAt !== b.answeredAt) return a.answeredAt > b.answeredAt ? a : b;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return a.partner <= b.partner ? a : b;
}

/** One answer per question, the preferred one where a list holds several. */
export function currentAnswers(answers: readonly Answer[]): Map<string, Answer> {
  const byKey = new Map<string, Answer>();
  for (const answer of answers) {
    const key = answerKey(answer);
    const held = byKey.get(key);
    byKey.set(key, held ? preferred(held, answer) : answer);
  }
  return byKey;
}

/** Two different scores met for the same question. */
export interface Conflict {
  yours: Answer;
  theirs: Answer;
  /** Which was kept: the incoming answer ("theirs") replaced yours, or yours stayed. */
  kept: "yours" | "theirs";
}

export interface MergeResult {
  answers: Answer[];
  /** Incoming answers to questions that had none. */
  added: number;
  /** Incoming answers identical in score to the one held. */
  unchanged: number;
  conflicts: Conflict[];
}

/**
 * Merges incoming answers into held ones without losing any question: a question answered on either side
 * is answered in the result. Where both answered it differently the later answer wins and a conflict is reported.
 */
export function mergeAnswers(held: readonly Answer[], incoming: readonly Answer[]): MergeResult {
  const result = currentAnswers(held);
  const order = [...result.keys()];
  let added = 0;
  let unchanged = 0;
  const conflicts: Conflict[] = [];
  for (const theirs of currentAnswers(incoming).values()) {
    const key = answerKey(theirs);
    const yours = result.get(key);
    if (!yours) {
      result.set(key, theirs);
      order.push(key);
      added++;
      continue;
    }
    const kept = preferred(yours, theirs);
    result.set(key, kept);
    if (yours.score === theirs.score) unchanged++;
    else conflicts.push({ yours, theirs, kept: kept === yours ? "yours" : "theirs" });
  }
  return { answers: order.map((key) => result.get(key) as Answer), added, unchanged, conflicts };
}

export interface ImportReport {
  files: number;
  added: number;
  unchanged: number;
  conflicts: Conflict[];
  newPartners: string[];
  newRounds: string[];
}

export type ImportOutcome = { ok: true; data: HealthData; report: ImportReport } | { ok: false; message: string };

/** The held round a file's round is: the same id, else the same name; null when it is new. */
function matchRound(rounds: readonly Round[], round: Round): Round | null {
  return rounds.find((r) => r.id === round.id) ?? rounds.find((r) => roundNameKey(r.label) === roundNameKey(round.label)) ?? null;
}

/**
 * Merges partners' answer files, one after the other, into the health check. Rounds are matched by id, then by name;
 * partners by name (nameKey: case, spaces, Unicode form and invisible characters aside). Every answer is kept; where two differ the later one wins and the conflict is reported.
 * Refuses, changing nothing, when the result would not fit the tool's limits.
 */
export function mergeAnswerFiles(data: HealthData, files: readonly AnswerFile[]): ImportOutcome {
  const rounds = [...data.rounds];
  const partners = [...data.partners];
  const report: ImportReport = { files: files.length, added: 0, unchanged: 0, conflicts: [], newPartners: [], newRounds: [] };
  let answers = data.answers;
  for (const file of files) {
    let round = matchRound(rounds, file.round);
    if (!round) {
      round = { ...file.round };
      rounds.push(round);
      report.newRounds.push(round.label);
    }
    let partner = partners.find((p) => partnerKey(p) === partnerKey(file.partner));
    if (partner === undefined) {
      partner = tidyName(file.partner);
      partners.push(partner);
      report.newPartners.push(partner);
    }
    const roundId = round.id;
    const incoming = file.answers.map((a): Answer => ({ ...a, round: roundId, partner: partner as string }));
    const merged = mergeAnswers(answers, incoming);
    answers = merged.answers;
    report.added += merged.added;
    report.unchanged += merged.unchanged;
    report.conflicts.push(...merged.conflicts);
  }
  const checked = v.safeParse(HealthSchema, { rounds, partners, answers });
  if (!checked.success) return { ok: false, message: `the health check would hold too much (${describeIssues(checked.issues)})` };
  return { ok: true, data: checked.output, report };
}
