import { isValidDate } from "~/lib/dates";
import { ownerChange } from "~/lib/risks/owners";
import { type RiskChange, deleteRisk, editRisk } from "~/lib/risks/risks-edits";
import { CATEGORIES, ESCALATIONS, RESPONSES, RISK_LIMITS, type Risk, STATUSES } from "~/lib/risks/risks-tool";
import { SelectField, TextField } from "../shared/fields";
import { organizations } from "../shared/organizations";
import { IMPACT_OPTIONS, LIKELIHOOD_OPTIONS, keyOptions, level } from "./parts";
import { OWNER_LIST_ID, risks } from "./risks-state";

const CATEGORY_OPTIONS = keyOptions(CATEGORIES);
const RESPONSE_OPTIONS = keyOptions(RESPONSES);
const ESCALATION_OPTIONS = keyOptions(ESCALATIONS);
const STATUS_OPTIONS = keyOptions(STATUSES);

interface Props {
  /** Id of the editor, for the button that opens it. */
  id: string;
  risk: Risk;
  number: number;
  /** Closes the editor and gives the focus back to the button that opened it. */
  onClose: () => void;
}

type LevelField = "likelihood" | "impact" | "residualLikelihood" | "residualImpact";
const LEVEL_FIELDS: { field: LevelField; label: string }[] = [
  { field: "likelihood", label: "Likelihood" },
  { field: "impact", label: "Impact" },
  { field: "residualLikelihood", label: "Residual likelihood" },
  { field: "residualImpact", label: "Residual impact" },
];

/** The fields of one risk, each saved as the reader types or chooses. */
export function RiskEditor({ id, risk, number, onClose }: Props) {
  const base = `risk-${number}`;
  const named = (label: string) => (
    <>
      {label}
      <span class="visually-hidden"> of risk {number}</span>
    </>
  );
  const edit = (what: string, change: RiskChange, coalesce?: string) =>
    risks.apply(`${what} of risk ${number}`, (d) => editRisk(d, risk.id, change), coalesce && `${risk.id}-${coalesce}`);
  const text = (field: "description" | "owner" | "mitigation", label: string, multiline: boolean) => (
    <TextField
      id={`${base}-${field}`}
      label={named(label)}
      wide={multiline}
      multiline={multiline}
      maxLength={RISK_LIMITS[field]}
      {...(field === "owner" ? { list: OWNER_LIST_ID } : {})}
      value={risk[field]}
      onValue={(value) => {
        const change = field === "owner" ? ownerChange(value, organizations.data.peek()) : { [field]: value };
        edit(`Edit the ${label.toLowerCase()}`, change, field);
      }}
    />
  );
  const remove = () => {
    onClose();
    risks.apply(`Delete risk ${number} “${risk.title}”`, (d) => deleteRisk(d, risk.id));
  };
  return (
    <fieldset
      id={id}
      class="risk-editor"
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <legend>Edit risk {number}</legend>
      <TextField
        id={`${base}-title`}
        label={named("Title")}
        wide
        maxLength={RISK_LIMITS.title}
        value={risk.title}
        required="Name the risk; until you do, the register keeps its last title."
        onValue={(title) => edit("Edit the title", { title }, "title")}
      />
      {text("description", "Description", true)}
      <SelectField
        id={`${base}-category`}
        label={named("Category")}
        value={risk.category}
        options={CATEGORY_OPTIONS}
        onValue={(category) => edit("Change the category", { category })}
      />
      <div class="field-row risk-editor__levels">
        {LEVEL_FIELDS.map(({ field, label }) => (
          <SelectField
            key={field}
            id={`${base}-${field}`}
            label={named(label)}
            value={String(risk[field])}
            options={field.endsWith("ikelihood") ? LIKELIHOOD_OPTIONS : IMPACT_OPTIONS}
            onValue={(value) => edit(`Change the ${label.toLowerCase()}`, { [field]: level(value) })}
          />
        ))}
      </div>
      {text("owner", "Owner", false)}
      <SelectField
        id={`${base}-response`}
        label={named("Response")}
        value={risk.response}
        options={RESPONSE_OPTIONS}
        onValue={(response) => edit("Change the response", { response })}
      />
      {text("mitigation", "Mitigation", true)}
      <SelectField
        id={`${base}-escalation`}
        label={named("Escalation level")}
        value={risk.escalation}
        options={ESCALATION_OPTIONS}
        onValue={(escalation) => edit("Change the escalation level", { escalation })}
      />
      <SelectField
        id={`${base}-status`}
        label={named("Status")}
        value={risk.status}
        options={STATUS_OPTIONS}
        onValue={(status) => edit("Change the status", { status })}
      />
      <TextField
        id={`${base}-review`}
        label={named("Next review")}
        type="date"
        value={risk.review}
        onValue={(review) => {
          if (review === "" || isValidDate(review)) edit("Change the review date", { review });
        }}
      />
      <div class="risk-editor__actions">
        <button type="button" onClick={onClose}>
          Done
        </button>
        <button type="button" class="button--quiet" onClick={remove}>
          Delete risk {number}
        </button>
      </div>
    </fieldset>
  );
}
