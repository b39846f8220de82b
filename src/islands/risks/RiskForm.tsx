import { useRef, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import { BLANK_DRAFT, DRAFT_TEXT_LIMITS, type Draft, type DraftErrors, type DraftTextField, draftErrors, draftToRisk, withInherentLevel } from "~/lib/risks/risk-draft";
import { CATEGORIES, type Category, ESCALATIONS, type Escalation, RESPONSES, type Response, type Risk } from "~/lib/risks/risks-tool";
import { type BandLimits, bandOf, riskScore } from "~/lib/risks/scoring";
import { FieldError } from "../shared/FieldError";
import { KeyOptions, LevelOptions, OWNER_LIST_ID, ScoreBadge, readLevel } from "./parts";

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
  const setLevel = (field: "likelihood" | "impact", value: string) => {
    const level = readLevel(value);
    if (level !== null) setDraft((d) => withInherentLevel(d, field, level));
  };
  const setResidual = (field: "residualLikelihood" | "residualImpact", value: string) => {
    const level = readLevel(value);
    if (level !== null) set({ [field]: level, residualSet: true });
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
    onAdd(risk);
    setAdded(`Added risk ${count + 1}: ${risk.title}.`);
    setDraft(BLANK_DRAFT);
    refs.current.title?.focus();
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

  const inherent = riskScore(draft.likelihood, draft.impact);
  const residual = riskScore(draft.residualLikelihood, draft.residualImpact);
  const increases = draft.residualLikelihood > draft.likelihood || draft.residualImpact > draft.impact;
  return (
    <form class="tool-form risk-form" aria-label="Add a risk" noValidate onSubmit={submit}>
      {text("title", "Risk")}
      {text("description", "Description", true)}
      <div class="field">
        <label for="new-risk-category">Category</label>
        <select id="new-risk-category" value={draft.category} onChange={(e) => set({ category: e.currentTarget.value as Category })}>
          <KeyOptions options={CATEGORIES} />
        </select>
      </div>
      <div class="field-row risk-form__levels">
        <div class="field">
          <label for="new-risk-likelihood">Likelihood</label>
          <select id="new-risk-likelihood" value={String(draft.likelihood)} onChange={(e) => setLevel("likelihood", e.currentTarget.value)}>
            <LevelOptions scale="likelihood" />
          </select>
        </div>
        <div class="field">
          <label for="new-risk-impact">Impact</label>
          <select id="new-risk-impact" value={String(draft.impact)} onChange={(e) => setLevel("impact", e.currentTarget.value)}>
            <LevelOptions scale="impact" />
          </select>
        </div>
      </div>
      {text("owner", "Owner")}
      <div class="field">
        <label for="new-risk-response">Response</label>
        <select id="new-risk-response" value={draft.response} onChange={(e) => set({ response: e.currentTarget.value as Response })}>
          <KeyOptions options={RESPONSES} />
        </select>
      </div>
      {text("mitigation", "Mitigation", true)}
      <div class="field-row risk-form__levels">
        <div class="field">
          <label for="new-risk-residual-likelihood">Residual likelihood</label>
          <select
            id="new-risk-residual-likelihood"
            value={String(draft.residualLikelihood)}
            aria-describedby="new-risk-residual-note"
            onChange={(e) => setResidual("residualLikelihood", e.currentTarget.value)}
          >
            <LevelOptions scale="likelihood" />
          </select>
        </div>
        <div class="field">
          <label for="new-risk-residual-impact">Residual impact</label>
          <select
            id="new-risk-residual-impact"
            value={String(draft.residualImpact)}
            aria-describedby="new-risk-residual-note"
            onChange={(e) => setResidual("residualImpact", e.currentTarget.value)}
          >
            <LevelOptions scale="impact" />
          </select>
        </div>
      </div>
      <div class="field">
        <label for="new-risk-escalation">Escalation level</label>
        <select id="new-risk-escalation" value={draft.escalation} onChange={(e) => set({ escalation: e.currentTarget.value as Escalation })}>
          <KeyOptions options={ESCALATIONS} />
        </select>
      </div>
      <div class="field">
        <label for="new-risk-review">Next review</label>
        <input id="new-risk-review" type="date" value={draft.review} onInput={(e) => set({ review: e.currentTarget.value })} />
      </div>
      <p id="new-risk-residual-note" class="risk-form__preview">
        Score <ScoreBadge score={inherent} band={bandOf(inherent, limits)} />, after mitigation{" "}
        <ScoreBadge score={residual} band={bandOf(residual, limits)} />.
        {increases && <strong class="risk-flag"> Mitigation increases this risk?</strong>}
      </p>
      <button type="submit" class="button--primary">
        Add risk
      </button>
      <p role="status" class="risk-form__added">
        {added}
      </p>
    </form>
  );
}
