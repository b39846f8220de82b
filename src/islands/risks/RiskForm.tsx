import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import {
  BLANK_DRAFT,
  DRAFT_TEXT_LIMITS,
  type Draft,
  type DraftErrors,
  type DraftTextField,
  draftErrors,
  draftToRisk,
  withInherentLevel,
} from "~/lib/risks/risk-draft";
import { CATEGORIES, type Category, ESCALATIONS, type Escalation, RESPONSES, type Response, type Risk } from "~/lib/risks/risks-tool";
import { type BandLimits, bandOf, riskScore } from "~/lib/risks/scoring";
import { FieldError } from "../shared/FieldError";
import { focusThenReveal } from "../shared/after-paint";
import { KeyOptions, LevelOptions, OWNER_LIST_ID, ScoreBadge, readLevel } from "./parts";

type LevelField = "likelihood" | "impact" | "residualLikelihood" | "residualImpact";

interface Props {
  limits: BandLimits;
  /** How many risks the register holds now. */
  count: number;
  onAdd: (risk: Risk) => void;
}

/** The form that adds a risk to the register. */
export function RiskForm({ limits, count, onAdd }: Props) {
  const [draft, setDraft] = useState<Draft>(BLANK_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [added, setAdded] = useState("");
  const refs = useRef<Partial<Record<DraftTextField, HTMLInputElement | HTMLTextAreaElement | null>>>({});
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const setLevel = (field: LevelField, value: string) => {
    const level = readLevel(value);
    if (level === null) return;
    if (field === "likelihood" || field === "impact") setDraft((d) => withInherentLevel(d, field, level));
    else set({ [field]: level, residualSet: true });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const found = draftErrors(draft, count);
    setErrors(found);
    const first = DRAFT_TEXT_LIMITS.find(({ field }) => found[field]);
    if (first) {
      setAdded("");
      refs.current[first.field]?.focus();
      return;
    }
    const risk = draftToRisk(draft, newId());
    // Ready for the next risk: the title takes the focus now, before the form is cleared, when the layout it needs is
    // still mostly that of the last frame; after the clearing, focusing would force the whole new layout in the middle of
    // the click's handler. On a phone the title is a screen or two up; the view goes back to it in the next frame, so the
    // frame that answers the click does not repaint the page at a new scroll position too.
    const title = refs.current.title;
    if (title) focusThenReveal(title);
    onAdd(risk);
    setAdded(`Added risk ${count + 1}: ${risk.title}.`);
    setDraft(BLANK_DRAFT);
  };

  const text = (field: DraftTextField, label: string, multiline = false) => {
    const id = `new-risk-${field}`;
    const error = errors[field];
    const common = {
      id,
      ref: (el: HTMLInputElement | HTMLTextAreaElement | null) => {
        refs.current[field] = el;
      },
      value: draft[field],
      dir: "auto" as const,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${id}-error` : undefined,
      onInput: (e: Event) => set({ [field]: (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value }),
    };
    return (
      <div class={field === "owner" ? "field" : "field field--wide"}>
        <label for={id}>{label}</label>
        {multiline ? (
          <textarea rows={2} {...common} />
        ) : (
          <input type="text" list={field === "owner" ? OWNER_LIST_ID : undefined} {...common} />
        )}
        <FieldError id={`${id}-error`} message={error} />
      </div>
    );
  };

  const level = (field: LevelField, label: string) => (
    <Choice field={field} label={label} value={String(draft[field])} onChange={(value) => setLevel(field, value)}>
      <LevelOptions scale={field === "likelihood" || field === "residualLikelihood" ? "likelihood" : "impact"} />
    </Choice>
  );
  return (
    <form class="tool-form risk-form" aria-label="Add a risk" noValidate onSubmit={submit}>
      {text("title", "Risk")}
      {text("description", "Description", true)}
      <Choice field="category" label="Category" value={draft.category} onChange={(value) => set({ category: value as Category })}>
        <KeyOptions options={CATEGORIES} />
      </Choice>
      <div class="field-row risk-form__levels">
        {level("likelihood", "Likelihood")}
        {level("impact", "Impact")}
      </div>
      {text("owner", "Owner")}
      <Choice field="response" label="Response" value={draft.response} onChange={(value) => set({ response: value as Response })}>
        <KeyOptions options={RESPONSES} />
      </Choice>
      {text("mitigation", "Mitigation", true)}
      <div class="field-row risk-form__levels">
        {level("residualLikelihood", "Residual likelihood")}
        {level("residualImpact", "Residual impact")}
      </div>
      <Choice
        field="escalation"
        label="Escalation level"
        value={draft.escalation}
        onChange={(value) => set({ escalation: value as Escalation })}
      >
        <KeyOptions options={ESCALATIONS} />
      </Choice>
      <div class="field">
        <label for="new-risk-review">Next review</label>
        <input id="new-risk-review" type="date" value={draft.review} onInput={(e) => set({ review: e.currentTarget.value })} />
      </div>
      <DraftScores draft={draft} limits={limits} />
      <button type="submit" class="button--primary">
        Add risk
      </button>
      <p role="status" class="risk-form__added">
        {added}
      </p>
    </form>
  );
}

interface ChoiceProps {
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ComponentChildren;
}

function Choice({ field, label, value, onChange, children }: ChoiceProps) {
  const id = `new-risk-${field}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {children}
      </select>
    </div>
  );
}

/** The draft's scores as they stand, before and after mitigation, with the flag when mitigation adds risk. */
function DraftScores({ draft, limits }: { draft: Draft; limits: BandLimits }) {
  const inherent = riskScore(draft.likelihood, draft.impact);
  const residual = riskScore(draft.residualLikelihood, draft.residualImpact);
  const increases = draft.residualLikelihood > draft.likelihood || draft.residualImpact > draft.impact;
  return (
    <p class="risk-form__preview">
      Score <ScoreBadge score={inherent} band={bandOf(inherent, limits)} />, after mitigation{" "}
      <ScoreBadge score={residual} band={bandOf(residual, limits)} />.
      {increases && <strong class="risk-flag"> Mitigation increases this risk?</strong>}
    </p>
  );
}
