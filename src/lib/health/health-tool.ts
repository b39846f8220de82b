import { nameKey } from "../names";
import * as v from "valibot";
import { calendarDate } from "../kpis/kpis-tool";
import { list, maxLengthOf, requiredText, rowId } from "../schema-parts";
import type { ToolDefinition } from "../storage/tool";

/** The statements each partner rates, after the Wilder inventory and the GNDR/TPI health check. Keys never change. */
export const STATEMENTS = [
  { key: "purpose", label: "Shared purpose", text: "We agree on what the partnership is for and what it should achieve." },
  { key: "trust", label: "Trust", text: "Partners trust each other to do what they say they will do." },
  { key: "communication", label: "Communication", text: "Information reaches every partner in time, and problems can be raised openly." },
  { key: "fairness", label: "Fair sharing", text: "Resources, costs and credit are shared fairly among the partners." },
  { key: "decisions", label: "Decision making", text: "Decisions are made in a way every partner understands and accepts." },
  { key: "accountability", label: "Accountability", text: "Each partner delivers on its commitments, and we follow up when one does not." },
  { key: "community", label: "Community voice", text: "The people the partnership serves have a real say in what it does." },
  { key: "learning", label: "Learning", text: "We review what works and change how we work as a result." },
  { key: "leadership", label: "Leadership", text: "The partnership has leadership that keeps it moving and brings every partner along." },
  {
    key: "satisfaction",
    label: "Satisfaction",
    text: "Overall, my organization is satisfied with the partnership and what it gets from it.",
  },
] as const;

export type StatementKey = (typeof STATEMENTS)[number]["key"];
export const STATEMENT_KEYS = STATEMENTS.map((s) => s.key) as [StatementKey, ...StatementKey[]];

/** The 1–5 agreement scale. */
export const SCALE = [
  { score: 1, label: "Strongly disagree" },
  { score: 2, label: "Disagree" },
  { score: 3, label: "Neither agree nor disagree" },
  { score: 4, label: "Agree" },
  { score: 5, label: "Strongly agree" },
] as const;

export const MAX_ROUNDS = 40;
export const MAX_PARTNERS = 30;

/** A partner's name, as written. */
export const partnerName = requiredText(120);

export const RoundSchema = v.object({
  /** Stable id; answers refer to it. */
  id: rowId,
  /** What the round is called, e.g. "Month 3". */
  label: requiredText(80),
  /** The day the check is taken. */
  date: calendarDate,
});

/** One partner's score for one statement. */
export const ScoreSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));
/** Milliseconds since the epoch; the later answer wins when two disagree. */
export const AnsweredAtSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8_640_000_000_000_000));

const AnswerSchema = v.object({
  /** Id of the round the answer belongs to. */
  round: rowId,
  /** The answering partner's name, as in `partners`. */
  partner: partnerName,
  statement: v.picklist(STATEMENT_KEYS),
  /** 1 (strongly disagree) to 5 (strongly agree); a statement not answered has no answer at all. */
  score: ScoreSchema,
  answeredAt: AnsweredAtSchema,
});

export const HealthSchema = v.object({
  /** The check repeated over time, in the order added. */
  rounds: list(RoundSchema, MAX_ROUNDS),
  /** The partners who answer. */
  partners: list(partnerName, MAX_PARTNERS),
  /** At most one per round, partner and statement. */
  answers: list(AnswerSchema, MAX_ROUNDS * MAX_PARTNERS * STATEMENTS.length),
});

/** Longest texts the forms accept, read from the schema. */
export const HEALTH_LIMITS = {
  roundLabel: maxLengthOf(RoundSchema.entries.label) ?? 80,
  partner: maxLengthOf(partnerName) ?? 120,
};

export type Round = v.InferOutput<typeof RoundSchema>;
export type Answer = v.InferOutput<typeof AnswerSchema>;
export type HealthData = v.InferOutput<typeof HealthSchema>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Step 8's partnership health check: every partner rates the partnership, round after round. */
export const healthTool: ToolDefinition<HealthData> = {
  id: "health",
  title: "Partnership health check",
  step: 8,
  version: 1,
  schema: HealthSchema,
  migrations: [],
  empty: () => ({ rounds: [], partners: [], answers: [] }),
  summarize: ({ rounds, partners, answers }) =>
    rounds.length + partners.length + answers.length === 0
      ? ""
      : `${plural(partners.length, "partner", "partners")}, ${plural(rounds.length, "round", "rounds")}, ${plural(answers.length, "answer", "answers")}`,
};

// nameKey normalizes Unicode; a check of 2,400 answers asks for the same twenty names thousands of times per change.
const keys = new Map<string, string>();

/** A partner name as compared (nameKey): "Greenleaf  grocers", "Green\u200Bleaf Grocers" and "Greenleaf Grocers" are one. */
export function partnerKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= 1000) keys.clear();
    key = nameKey(name);
    keys.set(name, key);
  }
  return key;
}

/** A round name as compared (nameKey). */
export function roundNameKey(label: string): string {
  return partnerKey(label);
}

/** Rounds in date order, then in the order added. */
export function roundsByDate(rounds: readonly Round[]): Round[] {
  return rounds
    .map((round, index) => ({ round, index }))
    .sort((a, b) => (a.round.date < b.round.date ? -1 : a.round.date > b.round.date ? 1 : a.index - b.index))
    .map(({ round }) => round);
}

export function statementLabel(key: StatementKey): string {
  return STATEMENTS.find((s) => s.key === key)?.label ?? key;
}
