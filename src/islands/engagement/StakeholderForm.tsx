import { type StakeholderFields, readStakeholderFields } from "~/lib/engagement/engagement-input";
import { ENGAGEMENT_LIMITS, STANCES } from "~/lib/engagement/engagement-tool";
import { addStakeholder, STANCE_LABEL, stakeholderName } from "~/lib/engagement/stakeholders";
import { newId } from "~/lib/id";
import { SelectField, TextField } from "../shared/fields";
import { hasOrganizations, organizationOptions } from "../shared/organizations";
import { engagement, limits, organizationNames, pages, showLast } from "./engagement-state";
import { useRowForm } from "../shared/row-form";

export const SCORE_OPTIONS = ["1", "2", "3", "4", "5"].map((value) => ({ value, label: value }));
export const STANCE_OPTIONS = STANCES.map((value) => ({ value, label: STANCE_LABEL[value] }));

const START: StakeholderFields = {
  organizationId: "",
  name: "",
  power: "3",
  interest: "3",
  stanceNow: "neutral",
  stanceWanted: "supportive",
};

/** Adds a stakeholder: one of step 2's organizations or anyone named here, with its scores and stances. */
export function StakeholderForm() {
  const { fields, errors, form, first, set, submit } = useRowForm(
    START,
    (f) => readStakeholderFields(f, engagement.data.peek()),
    (draft, f) => {
      const stakeholder = { ...draft, id: newId(), level: null };
      const name = stakeholderName(stakeholder, organizationNames.peek());
      engagement.apply(`Add stakeholder “${name}”`, (d) => addStakeholder(d, stakeholder));
      showLast(pages.stakeholders, engagement.data.peek().stakeholders.length);
      return { ...START, stanceNow: f.stanceNow, stanceWanted: f.stanceWanted };
    },
  );
  const full = limits.stakeholders.value;
  return (
    <form ref={form} class="tool-form engagement-form" aria-label="Add a stakeholder" noValidate onSubmit={submit}>
      {hasOrganizations.value && (
        <SelectField
          id="engagement-new-organization"
          label="Organization from step 2"
          hint="Pick one, or leave “Not said” and type a name."
          value={fields.organizationId}
          options={organizationOptions.value}
          onValue={set("organizationId")}
        />
      )}
      <TextField
        id="engagement-new-name"
        label="Stakeholder"
        hint="A group, person or body: “Elm Street tenants”, “The council member”."
        wide
        maxLength={ENGAGEMENT_LIMITS.name}
        value={fields.name}
        error={errors.name}
        inputRef={first}
        onValue={set("name")}
      />
      <SelectField
        id="engagement-new-power"
        label="Power"
        hint="1 none to 5 decisive"
        value={fields.power}
        options={SCORE_OPTIONS}
        onValue={set("power")}
      />
      <SelectField
        id="engagement-new-interest"
        label="Interest"
        hint="1 indifferent to 5 keenly affected"
        value={fields.interest}
        options={SCORE_OPTIONS}
        onValue={set("interest")}
      />
      <SelectField
        id="engagement-new-stance"
        label="Stance now"
        value={fields.stanceNow}
        options={STANCE_OPTIONS}
        onValue={set("stanceNow")}
      />
      <SelectField
        id="engagement-new-wanted"
        label="Stance wanted"
        value={fields.stanceWanted}
        options={STANCE_OPTIONS}
        onValue={set("stanceWanted")}
      />
      <button type="submit" disabled={full !== null}>
        Add stakeholder
      </button>
      {full && <p class="tool-limit">{full}</p>}
    </form>
  );
}
