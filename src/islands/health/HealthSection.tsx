import { useCallback, useMemo, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { deleteRound, removePartner, restore, setAnswer } from "~/lib/health/health-edit";
import { type HealthData, type Round, type StatementKey, roundsByDate } from "~/lib/health/health-tool";
import { memo } from "../shared/memo";
import { UndoBar } from "../shared/UndoBar";
import { useUndo } from "../shared/use-undo";
import { AnswerImport } from "./AnswerImport";
import { AnswerPanel } from "./AnswerPanel";
import { HealthTrend, RoundResults } from "./HealthResults";
import { PartnerForm, RoundForm, SetupLists } from "./HealthSetup";
import { useAfterPaint } from "../shared/after-paint";
import { useLatest } from "../shared/use-latest";

interface Props {
  data: HealthData;
  /** The tool state's update: stable, so the section re-renders only when its data or suggestions change. */
  update: (change: (data: HealthData) => HealthData) => void;
  /** The data as it stands now, read when answer files are imported. */
  current: () => HealthData;
  /** Partner names saved elsewhere in the guide. */
  suggestions: readonly string[];
}

/**
 * The partnership health check: rounds, partners, answers, imports and results. Its parts are memoised with
 * stable callbacks, so an answer re-renders the answer panel's changed statement and the results, not the forms.
 */
export const HealthSection = memo(function HealthSection({ data, update, current, suggestions }: Props) {
  const { last, offer, undo, dismiss } = useUndo();
  const [roundChoice, setRoundChoice] = useState("");
  const [partnerChoice, setPartnerChoice] = useState("");
  // The data as last rendered, kept for undo by the stable handlers below.
  const latest = useLatest(data);
  const rounds = useMemo(() => roundsByDate(data.rounds), [data.rounds]);
  // Until the reader picks, the latest round and the first partner.
  const round = rounds.find((r) => r.id === roundChoice) ?? rounds[rounds.length - 1] ?? null;
  const partner = data.partners.find((p) => p === partnerChoice) ?? data.partners[0] ?? null;
  const roundId = round?.id ?? null;
  // The results below the forms follow a change in the render just after the frame that answers the reader: adding a
  // round or a partner draws the lists and the answer panel at once, the results and trend a frame later.
  const results = useAfterPaint(useMemo(() => ({ data, round }), [data, round]));

  const onDeleteRound = useCallback(
    (r: Round) => {
      const before = latest.current;
      update((d) => deleteRound(d, r.id));
      offer({ message: `Deleted the round “${r.label}” and its answers.`, undo: () => update((d) => restore(before, d, { round: r.id })) });
    },
    [update, offer, latest],
  );
  const onRemovePartner = useCallback(
    (p: string) => {
      const before = latest.current;
      update((d) => removePartner(d, p));
      offer({ message: `Removed ${p} and their answers.`, undo: () => update((d) => restore(before, d, { partner: p })) });
    },
    [update, offer, latest],
  );
  const onAddRound = useCallback(
    (r: Omit<Round, "id">) => update((d) => ({ ...d, rounds: [...d.rounds, { ...r, id: newId() }] })),
    [update],
  );
  const onAddPartner = useCallback((p: string) => update((d) => ({ ...d, partners: [...d.partners, p] })), [update]);
  const onAnswer = useCallback(
    (statement: StatementKey, score: number | null) => {
      if (roundId !== null && partner !== null) update((d) => setAnswer(d, roundId, partner, statement, score, Date.now()));
    },
    [update, roundId, partner],
  );
  const onMerged = useCallback((merged: HealthData) => update(() => merged), [update]);

  return (
    <section class="health-section" aria-labelledby="health-title">
      <h3 id="health-title">Partnership health check</h3>
      <p>
        Evaluate the partnership itself, not only its projects. Each partner rates ten statements from 1 (strongly disagree) to 5 (strongly
        agree); the check is repeated, for example every six months. The statements follow the Wilder Collaboration Factors Inventory (22
        factors, rated 1–5) and the GNDR/TPI partnership health check, in which every partner rates every aspect. The value is in comparing
        answers: where partners differ most is where to talk.
      </p>
      <RoundForm rounds={data.rounds} onAdd={onAddRound} />
      <PartnerForm partners={data.partners} suggestions={suggestions} onAdd={onAddPartner} />
      <SetupLists rounds={rounds} partners={data.partners} onDeleteRound={onDeleteRound} onRemovePartner={onRemovePartner} />
      <UndoBar last={last} onUndo={undo} onDismiss={dismiss} />
      {round && partner !== null ? (
        <AnswerPanel
          data={data}
          rounds={rounds}
          round={round}
          partner={partner}
          onRound={setRoundChoice}
          onPartner={setPartnerChoice}
          onAnswer={onAnswer}
        />
      ) : (
        <p class="tool__empty">Add a round and at least one partner to start answering, or import partners' answer files.</p>
      )}
      <AnswerImport current={current} onMerged={onMerged} />
      {results.round && <RoundResults data={results.data} round={results.round} />}
      <HealthTrend data={results.data} />
    </section>
  );
});
