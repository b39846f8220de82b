import { formatDate } from "~/lib/dates";
import { answerFileName, exportAnswerFile } from "~/lib/health/health-file";
import { type HealthData, type Round, SCALE, STATEMENTS, type StatementKey, partnerKey } from "~/lib/health/health-tool";
import { SelectField } from "../kpis/Field";
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

/** One partner's answers for one round: a 1–5 choice per statement, saved as soon as it is made. */
export function AnswerPanel({ data, rounds, round, partner, onRound, onPartner, onAnswer }: Props) {
  const key = partnerKey(partner);
  const scoreOf = (statement: StatementKey) =>
    data.answers.find((a) => a.round === round.id && partnerKey(a.partner) === key && a.statement === statement)?.score ?? null;
  const answered = STATEMENTS.filter((s) => scoreOf(s.key) !== null).length;
  return (
    <div class="health-answers no-print">
      <div class="field-row">
        <SelectField
          id="health-round"
          label="Round"
          value={round.id}
          options={rounds.map((r) => ({ value: r.id, label: `${r.label} (${formatDate(r.date)})` }))}
          onChange={onRound}
        />
        <SelectField
          id="health-partner"
          label="Partner answering"
          value={partner}
          options={data.partners.map((p) => ({ value: p, label: p }))}
          onChange={onPartner}
        />
      </div>
      <fieldset class="health-statements">
        <legend>
          Answers of {partner} for {round.label}: {answered} of {STATEMENTS.length} answered
        </legend>
        <p class="field-hint">1 = strongly disagree, 5 = strongly agree. Each choice is saved at once.</p>
        {STATEMENTS.map((s, i) => (
          <fieldset key={s.key} class="health-statement">
            <legend>
              {i + 1}. {s.label}: <span class="health-statement__text">{s.text}</span>
            </legend>
            <div class="health-scale">
              {SCALE.map(({ score, label }) => (
                <label key={score} class="health-scale__option">
                  <input type="radio" name={`health-${s.key}`} checked={scoreOf(s.key) === score} onChange={() => onAnswer(s.key, score)} />{" "}
                  {score} <span class="health-scale__words">{label}</span>
                </label>
              ))}
              <label class="health-scale__option">
                <input type="radio" name={`health-${s.key}`} checked={scoreOf(s.key) === null} onChange={() => onAnswer(s.key, null)} />{" "}
                <span class="health-scale__words">Not answered</span>
              </label>
            </div>
          </fieldset>
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
