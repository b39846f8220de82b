import { useComputed } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { formatDate } from "~/lib/dates";
import { setAnswer } from "~/lib/health/health-edits";
import { answerFileName, exportAnswerFile } from "~/lib/health/health-file";
import { SCALE, STATEMENTS, type StatementKey } from "~/lib/health/health-tool";
import { RadioGroup, SelectField } from "../shared/fields";
import { downloadText } from "../shared/download";
import { currentPartner, currentRound, currentScores, health, partnerChoice, partners, roundChoice, rounds } from "./health-state";

type Choice = `${(typeof SCALE)[number]["score"]}` | "none";

const CHOICES: readonly { value: Choice; label: ComponentChildren }[] = [
  ...SCALE.map(({ score, label }) => ({
    value: `${score}` as Choice,
    label: (
      <>
        {score} <span class="health-scale__words">{label}</span>
      </>
    ),
  })),
  { value: "none", label: <span class="health-scale__words">Not answered</span> },
];

/** One partner's answers for one round: a 1–5 choice per statement, saved as soon as it is made. */
export function AnswerPanel() {
  const round = currentRound.value;
  const partner = currentPartner.value;
  if (!round || partner === null) {
    return <p class="tool__empty">Add a round and at least one partner to start answering, or import partners' answer files.</p>;
  }
  return (
    <div class="health-answers no-print">
      <div class="field-row">
        <SelectField
          id="health-round"
          label="Round"
          value={round.id}
          options={rounds.value.map((r) => ({ value: r.id, label: `${r.label} (${formatDate(r.date)})` }))}
          onValue={(id) => (roundChoice.value = id)}
        />
        <SelectField
          id="health-partner"
          label="Partner answering"
          value={partner}
          options={partners.value.map((p) => ({ value: p, label: p }))}
          onValue={(name) => (partnerChoice.value = name)}
        />
      </div>
      <Statements partner={partner} round={round.label} />
      <p>
        Partners can each answer in their own browser and send you their answers as a file; import them below.{" "}
        <button
          type="button"
          onClick={() => {
            const file = exportAnswerFile(health.data.value, round.id, partner, Date.now());
            if (file) downloadText(answerFileName(partner, round.label), JSON.stringify(file, null, 2));
          }}
        >
          Export the answers of {partner} for {round.label}
        </button>
      </p>
    </div>
  );
}

/** The ten statements; each re-renders when its own answer changes. */
function Statements({ partner, round }: { partner: string; round: string }) {
  const answered = useComputed(() => Object.keys(currentScores.value).length).value;
  return (
    <fieldset class="health-statements">
      <legend>
        Answers of {partner} for {round}: {answered} of {STATEMENTS.length} answered
      </legend>
      <p class="field-hint">1 = strongly disagree, 5 = strongly agree. Each choice is saved at once.</p>
      {STATEMENTS.map((s, i) => (
        <StatementChoice key={s.key} statement={s} number={i + 1} />
      ))}
    </fieldset>
  );
}

function answer(statement: (typeof STATEMENTS)[number], choice: Choice) {
  const round = currentRound.value;
  const partner = currentPartner.value;
  if (!round || partner === null) return;
  const score = choice === "none" ? null : Number(choice);
  const what = score === null ? "Clear the answer" : `Answer ${score}`;
  health.apply(`${what} to “${statement.label}” for ${partner}, ${round.label}`, (d) =>
    setAnswer(d, round.id, partner, statement.key, score, Date.now()),
  );
}

/** One statement's 1–5 scale and "Not answered", as one radio group. */
function StatementChoice({ statement, number }: { statement: (typeof STATEMENTS)[number]; number: number }) {
  const key: StatementKey = statement.key;
  const score = useComputed(() => currentScores.value[key] ?? null).value;
  return (
    <RadioGroup<Choice>
      class="health-statement"
      name={`health-${key}`}
      legend={
        <>
          {number}. {statement.label}: <span class="health-statement__text">{statement.text}</span>
        </>
      }
      value={score === null ? "none" : (`${score}` as Choice)}
      options={CHOICES}
      onValue={(choice) => answer(statement, choice)}
    />
  );
}
