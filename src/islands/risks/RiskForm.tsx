import { useRef, useState } from "preact/hooks";
import { newId } from "~/lib/id";
import {
  BLANK_DRAFT,
  type Draft,
  type DraftErrors,
  draftErrors,
  draftToRisk,
  withInherentLevel,
  withResidualLevel,
} from "~/lib/risks/risk-draft";
import { addRisk } from "~/lib/risks/risks-edits";
import { CATEGORIES, ESCALATIONS, RESPONSES, RISK_LIMITS } from "~/lib/risks/risks-tool";
import { bandOf, riskScore } from "~/lib/risks/scoring";
import { focusThenReveal } from "../shared/after-paint";
import { SelectField, TextField, useFocusFirstError } from "../shared/fields";
import { organizations } from "../shared/organizations";
import { IMPACT_OPTIONS, LIKELIHOOD_OPTIONS, ScoreBadge, keyOptions, level } from "./parts";
import { OWNER_LIST_ID, limits, partnerNames, riskCount, risks } from "./risks-state";

const CATEGORY_OPTIONS = keyOptions(CATEGORIES);
const RESPONSE_OPTIONS = keyOptions(RESPONSES);
const ESCALATION_OPTIONS = keyOptions(ESCALATIONS);

/** The form that adds a risk to the register; what the reader types stays in the form until they add it. */
export function RiskForm() {
  const [draft, setDraft] = useState<Draft>(BLANK_DRAFT);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [added, setAdded] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const id = (field: string) => `new-risk-${field}`;

  const submit = (event: Event) => {
    event.preventDefault();
    const count = riskCount.peek();
    const found = draftErrors(draft, count);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setAdded("");
      return focusError();
    }
    const risk = draftToRisk(draft, newId(), partnerNames.peek(), organizations.data.peek());
    // The title takes the focus before the form is cleared, while the layout is still that of the last frame; the view
    // goes back to it in the next frame, so the frame that answers the click is not drawn at a new scroll position too.
    if (titleRef.current) focusThenReveal(titleRef.current);
    risks.apply(`Add risk “${risk.title}”`, (d) => addRisk(d, risk));
    setAdded(`Added risk ${count + 1}: ${risk.title}.`);
    setDraft(BLANK_DRAFT);
  };

  return (
    <form ref={form} class="tool-form risk-form" aria-label="Add a risk" noValidate onSubmit={submit}>
      <TextField
        id={id("title")}
        label="Risk"
        wide
        maxLength={RISK_LIMITS.title}
        value={draft.title}
        error={errors.title}
        inputRef={titleRef}
        onValue={(title) => set({ title })}
      />
      <TextField
        id={id("description")}
        label="Description"
        wide
        multiline
        maxLength={RISK_LIMITS.description}
        value={draft.description}
        error={errors.description}
        onValue={(description) => set({ description })}
      />
      <SelectField
        id={id("category")}
        label="Category"
        value={draft.category}
        options={CATEGORY_OPTIONS}
        onValue={(category) => set({ category })}
      />
      <div class="field-row risk-form__levels">
        <SelectField
          id={id("likelihood")}
          label="Likelihood"
          value={String(draft.likelihood)}
          options={LIKELIHOOD_OPTIONS}
          onValue={(v) => setDraft((d) => withInherentLevel(d, "likelihood", level(v)))}
        />
        <SelectField
          id={id("impact")}
          label="Impact"
          value={String(draft.impact)}
          options={IMPACT_OPTIONS}
          onValue={(v) => setDraft((d) => withInherentLevel(d, "impact", level(v)))}
        />
      </div>
      <TextField
        id={id("owner")}
        label="Owner"
        maxLength={RISK_LIMITS.owner}
        list={OWNER_LIST_ID}
        value={draft.owner}
        error={errors.owner}
        onValue={(owner) => set({ owner })}
      />
      <SelectField
        id={id("response")}
        label="Response"
        value={draft.response}
        options={RESPONSE_OPTIONS}
        onValue={(response) => set({ response })}
      />
      <TextField
        id={id("mitigation")}
        label="Mitigation"
        wide
        multiline
        maxLength={RISK_LIMITS.mitigation}
        value={draft.mitigation}
        error={errors.mitigation}
        onValue={(mitigation) => set({ mitigation })}
      />
      <div class="field-row risk-form__levels">
        <SelectField
          id={id("residualLikelihood")}
          label="Residual likelihood"
          value={String(draft.residualLikelihood)}
          options={LIKELIHOOD_OPTIONS}
          onValue={(v) => setDraft((d) => withResidualLevel(d, "residualLikelihood", level(v)))}
        />
        <SelectField
          id={id("residualImpact")}
          label="Residual impact"
          value={String(draft.residualImpact)}
          options={IMPACT_OPTIONS}
          onValue={(v) => setDraft((d) => withResidualLevel(d, "residualImpact", level(v)))}
        />
      </div>
      <SelectField
        id={id("escalation")}
        label="Escalation level"
        value={draft.escalation}
        options={ESCALATION_OPTIONS}
        onValue={(escalation) => set({ escalation })}
      />
      <TextField id={id("review")} label="Next review" type="date" value={draft.review} onValue={(review) => set({ review })} />
      <DraftScores draft={draft} />
      <button type="submit" class="button--primary">
        Add risk
      </button>
      <p role="status" class="risk-form__added">
        {added}
      </p>
    </form>
  );
}

/** The draft's scores as they stand, before and after mitigation, with the flag when mitigation adds risk. */
function DraftScores({ draft }: { draft: Draft }) {
  const bands = limits.value;
  const inherent = riskScore(draft.likelihood, draft.impact);
  const residual = riskScore(draft.residualLikelihood, draft.residualImpact);
  const increases = draft.residualLikelihood > draft.likelihood || draft.residualImpact > draft.impact;
  return (
    <p class="risk-form__preview">
      Score <ScoreBadge score={inherent} band={bandOf(inherent, bands)} />, after mitigation{" "}
      <ScoreBadge score={residual} band={bandOf(residual, bands)} />.
      {increases && <strong class="risk-flag"> Mitigation increases this risk?</strong>}
    </p>
  );
}
