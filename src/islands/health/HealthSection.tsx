import { useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { deleteRound, removePartner, restore, setAnswer } from "~/lib/health/health-edit";
import { type HealthData, type Round, roundsByDate } from "~/lib/health/health-tool";
import { UndoBar } from "../shared/UndoBar";
import type { ToolState } from "../shared/use-tool-state";
import { useUndo } from "../shared/use-undo";
import { AnswerImport } from "./AnswerImport";
import { AnswerPanel } from "./AnswerPanel";
import { HealthTrend, RoundResults } from "./HealthResults";
import { PartnerForm, RoundForm, SetupLists } from "./HealthSetup";

interface Props {
  state: ToolState<HealthData>;
  /** Partner names saved elsewhere in the guide. */
  suggestions: readonly string[];
}

/** The partnership health check: rounds, partners, answers, imports and results. */
export function HealthSection({ state, suggestions }: Props) {
  const { data, update } = state;
  const undo = useUndo();
  const [roundChoice, setRoundChoice] = useState("");
  const [partnerChoice, setPartnerChoice] = useState("");
  const rounds = roundsByDate(data.rounds);
  // Until the reader picks, the latest round and the first partner.
  const round = rounds.find((r) => r.id === roundChoice) ?? rounds[rounds.length - 1] ?? null;
  const partner = data.partners.find((p) => p === partnerChoice) ?? data.partners[0] ?? null;

  const onDeleteRound = (r: Round) => {
    const before = data;
    update((d) => deleteRound(d, r.id));
    undo.offer({ message: `Deleted the round “${r.label}” and its answers.`, undo: () => update((d) => restore(before, d, { round: r.id })) });
  };

  const onRemovePartner = (p: string) => {
    const before = data;
    update((d) => removePartner(d, p));
    undo.offer({ message: `Removed ${p} and their answers.`, undo: () => update((d) => restore(before, d, { partner: p })) });
  };

  return (
    <section class="health-section" aria-labelledby="health-title">
      <h3 id="health-title">Partnership health check</h3>
      <p>
        Evaluate the partnership itself, not only its projects. Each partner rates ten statements from 1 (strongly disagree) to 5 (strongly
        agree); the check is repeated, for example every six months. The statements follow the Wilder Collaboration Factors Inventory
        (22 factors, rated 1–5) and the GNDR/TPI partnership health check, in which every partner rates every aspect. The value is in
        comparing answers: where partners differ most is where to talk.
      </p>
      <RoundForm rounds={data.rounds} onAdd={(r) => update((d) => ({ ...d, rounds: [...d.rounds, { ...r, id: newId() }] }))} />
      <PartnerForm partners={data.partners} suggestions={suggestions} onAdd={(p) => update((d) => ({ ...d, partners: [...d.partners, p] }))} />
      <SetupLists rounds={rounds} partners={data.partners} onDeleteRound={onDeleteRound} onRemovePartner={onRemovePartner} />
      <UndoBar last={undo.last} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {round && partner !== null ? (
        <AnswerPanel
          data={data}
          rounds={rounds}
          round={round}
          partner={partner}
          onRound={setRoundChoice}
          onPartner={setPartnerChoice}
          onAnswer={(statement, score) => update((d) => setAnswer(d, round.id, partner, statement, score, Date.now()))}
        />
      ) : (
        <p class="tool__empty">Add a round and at least one partner to start answering, or import partners' answer files.</p>
      )}
      <AnswerImport current={() => state.store?.get().data ?? data} onMerged={(merged) => update(() => merged)} />
      {round && <RoundResults data={data} round={round} />}
      <HealthTrend data={data} />
    </section>
  );
}
