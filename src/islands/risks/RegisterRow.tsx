import type { ComponentChildren } from "preact";
import { isValidDate } from "~/lib/dates";
import { type View, bandIn, mitigationIncreases, scoreIn } from "~/lib/risks/register";
import {
  CATEGORIES,
  type Category,
  ESCALATIONS,
  type Escalation,
  RESPONSES,
  type Response,
  type Risk,
  STATUSES,
  type Status,
} from "~/lib/risks/risks-tool";
import type { BandLimits } from "~/lib/risks/scoring";
import { memo } from "../shared/memo";
import { KeyOptions, LevelOptions, OWNER_LIST_ID, ScoreBadge, readLevel } from "./parts";

interface RowProps {
  risk: Risk;
  number: number;
  limits: BandLimits;
  /** Stable across renders (they take the risk's number), so an unchanged row skips re-rendering. */
  onChange: (number: number, change: Partial<Risk>) => void;
  onDelete: (number: number) => void;
}

type Change = (change: Partial<Risk>) => void;
type LevelField = "likelihood" | "impact" | "residualLikelihood" | "residualImpact";

/** The id of a control in a row, e.g. "risk-3-owner". */
const controlId = (number: number, field: string) => `risk-${number}-${field}`;

/** The control the reader changed last, to give the focus back to if the register moves its row. */
let refocus: string | null = null;

/** A sorted row can move when its score changes; keep the focus on the control the reader was using. */
function keepFocus(id: string): void {
  refocus = id;
}

/**
 * For the register, once it shows a change (a frame after the reader made it): moving a row takes the focus out of the
 * page, so give it back to the control the reader was using.
 */
export function restoreFocus(): void {
  const id = refocus;
  refocus = null;
  const element = id ? document.getElementById(id) : null;
  const lost = document.activeElement === null || document.activeElement === document.body;
  if (element && lost) element.focus();
}

/** A control with a visible label whose accessible name ends "of risk N", unique on the page. */
function Field({ number, field, label, children }: { number: number; field: string; label: string; children: ComponentChildren }) {
  return (
    <div class="risk-register__field">
      <label for={controlId(number, field)}>
        {label}
        <span class="visually-hidden"> of risk {number}</span>
      </label>
      {children}
    </div>
  );
}

function LevelSelect({
  risk,
  number,
  field,
  label,
  onChange,
}: {
  risk: Risk;
  number: number;
  field: LevelField;
  label: string;
  onChange: Change;
}) {
  const id = controlId(number, field);
  return (
    <Field number={number} field={field} label={label}>
      <select
        id={id}
        value={String(risk[field])}
        onChange={(e) => {
          const level = readLevel(e.currentTarget.value);
          if (level === null) return;
          onChange({ [field]: level });
          keepFocus(id);
        }}
      >
        <LevelOptions scale={field === "likelihood" || field === "residualLikelihood" ? "likelihood" : "impact"} />
      </select>
    </Field>
  );
}

function ViewScore({ risk, view, limits }: { risk: Risk; view: View; limits: BandLimits }) {
  return (
    <p class="risk-register__score">
      <ScoreBadge score={scoreIn(risk, view)} band={bandIn(risk, view, limits)} />
    </p>
  );
}

function RiskCell({ risk, number, onChange }: { risk: Risk; number: number; onChange: Change }) {
  const id = (field: string) => controlId(number, field);
  return (
    <td>
      <Field number={number} field="title" label="Title">
        <textarea
          id={id("title")}
          dir="auto"
          rows={2}
          maxLength={300}
          value={risk.title}
          onChange={(e) => {
            // A title is one line; line breaks typed or pasted here become spaces.
            const title = e.currentTarget.value.replace(/\s+/g, " ").trim();
            if (title) onChange({ title });
            else e.currentTarget.value = risk.title;
          }}
        />
      </Field>
      <Field number={number} field="description" label="Description">
        <textarea
          id={id("description")}
          dir="auto"
          rows={2}
          maxLength={2000}
          value={risk.description}
          onInput={(e) => onChange({ description: e.currentTarget.value })}
        />
      </Field>
      <Field number={number} field="category" label="Category">
        <select id={id("category")} value={risk.category} onChange={(e) => onChange({ category: e.currentTarget.value as Category })}>
          <KeyOptions options={CATEGORIES} />
        </select>
      </Field>
    </td>
  );
}

function OwnerCell({ risk, number, onChange }: { risk: Risk; number: number; onChange: Change }) {
  const id = (field: string) => controlId(number, field);
  return (
    <td>
      <Field number={number} field="owner" label="Owner">
        <input
          id={id("owner")}
          type="text"
          dir="auto"
          list={OWNER_LIST_ID}
          maxLength={120}
          value={risk.owner}
          onInput={(e) => onChange({ owner: e.currentTarget.value })}
        />
      </Field>
      <Field number={number} field="response" label="Response">
        <select id={id("response")} value={risk.response} onChange={(e) => onChange({ response: e.currentTarget.value as Response })}>
          <KeyOptions options={RESPONSES} />
        </select>
      </Field>
      <Field number={number} field="mitigation" label="Mitigation">
        <textarea
          id={id("mitigation")}
          dir="auto"
          rows={3}
          maxLength={2000}
          value={risk.mitigation}
          onInput={(e) => onChange({ mitigation: e.currentTarget.value })}
        />
      </Field>
    </td>
  );
}

function FollowUpCell({ risk, number, onChange, onDelete }: { risk: Risk; number: number; onChange: Change; onDelete: () => void }) {
  const id = (field: string) => controlId(number, field);
  return (
    <td>
      <Field number={number} field="escalation" label="Escalation level">
        <select
          id={id("escalation")}
          value={risk.escalation}
          onChange={(e) => onChange({ escalation: e.currentTarget.value as Escalation })}
        >
          <KeyOptions options={ESCALATIONS} />
        </select>
      </Field>
      <Field number={number} field="status" label="Status">
        <select id={id("status")} value={risk.status} onChange={(e) => onChange({ status: e.currentTarget.value as Status })}>
          <KeyOptions options={STATUSES} />
        </select>
      </Field>
      <Field number={number} field="review" label="Next review">
        <input
          id={id("review")}
          type="date"
          value={risk.review}
          onChange={(e) => {
            const review = e.currentTarget.value;
            if (review === "" || isValidDate(review)) onChange({ review });
          }}
        />
      </Field>
      <button type="button" class="button--quiet" onClick={onDelete}>
        Delete risk {number}
      </button>
    </td>
  );
}

/** One risk in the register, every field editable where it stands. */
export const RegisterRow = memo(function RegisterRow({ risk, number, limits, onChange: changeRisk, onDelete: deleteRisk }: RowProps) {
  const onChange: Change = (change) => changeRisk(number, change);
  const onDelete = () => deleteRisk(number);
  const level = (field: LevelField, label: string) => (
    <LevelSelect risk={risk} number={number} field={field} label={label} onChange={onChange} />
  );
  return (
    <tr>
      <th scope="row" class="num">
        {number}
      </th>
      <RiskCell risk={risk} number={number} onChange={onChange} />
      <td>
        {level("likelihood", "Likelihood")}
        {level("impact", "Impact")}
        <ViewScore risk={risk} view="inherent" limits={limits} />
      </td>
      <OwnerCell risk={risk} number={number} onChange={onChange} />
      <td>
        {level("residualLikelihood", "Residual likelihood")}
        {level("residualImpact", "Residual impact")}
        <ViewScore risk={risk} view="residual" limits={limits} />
        {mitigationIncreases(risk) && <p class="risk-flag">Mitigation increases this risk?</p>}
      </td>
      <FollowUpCell risk={risk} number={number} onChange={onChange} onDelete={onDelete} />
    </tr>
  );
});
