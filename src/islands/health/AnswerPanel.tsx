import { useMemo } from "preact/hooks";
import { formatDate } from "~/lib/dates";
import { scoresOf } from "~/lib/health/health-edit";
import { answerFileName, exportAnswerFile } from "~/lib/health/health-file";
import { type HealthData, type Round, SCALE, STATEMENTS, type StatementKey } from "~/lib/health/health-tool";
import { SelectField } from "../kpis/Field";
import { memo } from "../shared/memo";
import { downloadText } from "../shared/download";

interface Props {
  data: HealthData;
  /** Rounds in date order. */
  rounds: readonly Round[];
  round: Round;
  partner: string;
  onRound: (id: string) => void;
  onPartner: (name: string) => void;
  onAnswer: (statement: StatementKey, score: number | null) => void;
}

/**
 * One partner's answers for one round: a 1–5 choice per statement, saved as soon as it is made.
 * Each statement is its own memoised row, so a choice re-renders the statement it changed, not all ten.
 */
export function AnswerPanel({ data, rounds, round, partner, onRound, onPartner, onAnswer }: Props) {
  const scores = useMemo(() => scoresOf(data.answers, round.id, partner), [data.answers, round.id, partner]);
  const answered = STATEMENTS.filter((s) => scores[s.key] !== undefined).length;
  const roundOptions = useMemo(() => rounds.map((r) => ({ value: r.id, label: `${r.label} (${formatDate(r.date)})` })), [rounds]);
  const partnerOptions = useMemo(() => data.partners.map((p) => ({ value: p, label: p })), [data.partners]);
  return (
    <div class="health-answers no-print">
      <div class="field-row">
        <SelectField id="health-round" label="Round" value={round.id} options={roundOptions} onChange={onRound} />
        <SelectField id="health-partner" label="Partner answering" value={partner} options={partnerOptions} onChange={onPartner} />
      </div>
      <fieldset class="health-statements">
        <legend>
          Answers of {partner} for {round.label}: {answered} of {STATEMENTS.length} answered
        </legend>
        <p class="field-hint">1 = strongly disagree, 5 = strongly agree. Each choice is saved at once.</p>
        {STATEMENTS.map((s, i) => (
          <StatementChoice key={s.key} statement={s} number={i + 1} score={scores[s.key] ?? null} onAnswer={onAnswer} />
        ))}
      </fieldset>
      <p>
        Partners can each answer in their own browser and send you their answers as a file; import them below.{" "}
        <button
          type="button"
          onClick={() => {
            const file = exportAnswerFile(data, round.id, partner, Date.now());
            if (file) downloadText(answerFileName(partner, round.label), JSON.stringify(file, null, 2));
          }}
        >
          Export the answers of {partner} for {round.label}
        </button>
      </p>
    </div>
  );
}

interface ChoiceProps {
  statement: (typeof STATEMENTS)[number];
  number: number;
  score: number | null;
  onAnswer: (statement: StatementKey, score: number | null) => void;
}

/** One statement's 1–5 scale and "Not answered", as radio buttons. */
const StatementChoice = memo(function StatementChoice({ statement: s, number, score: chosen, onAnswer }: ChoiceProps) {
  return (
    <fieldset class="health-statement">
      <legend>
        {number}. {s.label}: <span class="health-statement__text">{s.text}</span>
      </legend>
      <div class="health-scale">
        {SCALE.map(({ score, label }) => (
          <label key={score} class="health-scale__option">
            <input type="radio" name={`health-${s.key}`} checked={chosen === score} onChange={() => onAnswer(s.key, score)} /> {score}{" "}
            <span class="health-scale__words">{label}</span>
          </label>
        ))}
        <label class="health-scale__option">
          <input type="radio" name={`health-${s.key}`} checked={chosen === null} onChange={() => onAnswer(s.key, null)} />{" "}
          <span class="health-scale__words">Not answered</span>
        </label>
      </div>
    </fieldset>
  );
});
