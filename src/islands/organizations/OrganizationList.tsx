import { useComputed } from "@preact/signals";
import {
  markOwnOrganization,
  removeOrganization,
  renameOrganization,
  setOrganizationBrings,
  setOrganizationContact,
  setOrganizationKind,
  setOrganizationStatus,
} from "~/lib/organizations/organization-edit";
import { organizationNameProblem } from "~/lib/organizations/organization-input";
import { BRINGS_MAX, CONTACT_MAX, NAME_MAX, type Organization, type OrganizationsData } from "~/lib/organizations/organizations-tool";
import { costingUse } from "~/lib/resources/partner-links";
import { resourcesTool } from "~/lib/resources/resources-tool";
import { scorecardUses } from "~/lib/scorecard/scores-edit";
import { scorecardTool } from "~/lib/scorecard/scorecard-tool";
import { ConfirmButton } from "../shared/ConfirmButton";
import { SelectField, TextField } from "../shared/fields";
import { Pager, usePage } from "../shared/Pager";
import { toolState } from "../shared/tool-state";
import { KIND_OPTIONS, STATUS_OPTIONS } from "./options";
import { ORGANIZATIONS_PER_PAGE, listPage, organizationById, organizationIds, organizations } from "./organizations-state";

const scorecard = toolState(scorecardTool);
const resources = toolState(resourcesTool);

/** The organizations in entry order, a page at a time; a card re-renders only when its own organization changes. */
export function OrganizationList() {
  const ids = organizationIds.value;
  const view = usePage(ids.length, ORGANIZATIONS_PER_PAGE, listPage);
  if (ids.length === 0) {
    return <p class="tool__empty">No organizations yet. Add your own and the candidates above, or load the example.</p>;
  }
  return (
    <>
      <ol class="organization-list" aria-label="Your organizations" start={view.start + 1}>
        {ids.slice(view.start, view.end).map((id, index) => (
          <OrganizationCard key={id} id={id} row={view.start + index + 1} />
        ))}
      </ol>
      <Pager noun="organizations" count={ids.length} view={view} />
    </>
  );
}

function OrganizationCard({ id, row }: { id: string; row: number }) {
  const org = useComputed(() => organizationById.value.get(id)).value;
  if (!org) return null;
  const base = `organization-${id}`;
  const named = (label: string) => (
    <>
      {label}
      <span class="visually-hidden">, row {row}</span>
    </>
  );
  const edit = (what: string, change: (d: OrganizationsData) => OrganizationsData, coalesce?: string) =>
    organizations.apply(`${what} of “${org.name}”`, change, coalesce && `${base}-${coalesce}`);
  return (
    <li class="organization-card">
      <fieldset>
        <legend>
          {row}. <span class="organization-card__name">{org.name}</span>
          {org.own && <span class="organization-card__own"> (your organization)</span>}
        </legend>
        <div class="field-row">
          <TextField
            id={`${base}-name`}
            label={named("Name")}
            autoComplete="organization"
            maxLength={NAME_MAX}
            value={org.name}
            required="Write the name; until you do, the list keeps its last name."
            check={(text) => organizationNameProblem(text, organizations.data.peek(), id)}
            onValue={(name) => edit("Rename", (d) => renameOrganization(d, id, name), "name")}
          />
          <SelectField
            id={`${base}-kind`}
            label={named("Kind")}
            value={org.kind}
            options={KIND_OPTIONS}
            onValue={(kind) => edit("Change the kind", (d) => setOrganizationKind(d, id, kind))}
          />
          <SelectField
            id={`${base}-status`}
            label={named("Status")}
            value={org.status}
            options={STATUS_OPTIONS}
            onValue={(status) => edit("Change the status", (d) => setOrganizationStatus(d, id, status))}
          />
        </div>
        <TextField
          id={`${base}-brings`}
          label={named("What they could bring")}
          wide
          multiline
          maxLength={BRINGS_MAX}
          value={org.brings}
          onValue={(brings) => edit("Edit what they could bring", (d) => setOrganizationBrings(d, id, brings), "brings")}
        />
        <TextField
          id={`${base}-contact`}
          label={named("Contact role")}
          hint={row === 1 ? "A role outlives a name: “Programs director”." : undefined}
          maxLength={CONTACT_MAX}
          value={org.contactRole}
          onValue={(role) => edit("Edit the contact role", (d) => setOrganizationContact(d, id, role), "contact")}
        />
        <CardActions org={org} row={row} />
      </fieldset>
    </li>
  );
}

function CardActions({ org, row }: { org: Organization; row: number }) {
  const uses = useComputed(() => {
    const scored = scorecardUses(scorecard.data.value, org.id);
    const costed = costingUse(resources.data.value, org.id);
    return [scored && `The partner scorecard holds ${scored}; Undo brings it all back.`, costed].filter(Boolean).join(" ");
  }).value;
  const remove = () => {
    organizations.apply(`Delete organization “${org.name}”`, (d) => removeOrganization(d, org.id));
  };
  return (
    <div class="organization-card__actions">
      {!org.own && (
        <button
          type="button"
          class="button--quiet"
          onClick={() => organizations.apply(`Mark “${org.name}” as yours`, (d) => markOwnOrganization(d, org.id))}
        >
          Mark row {row} as your own
        </button>
      )}
      {uses ? (
        <ConfirmButton
          label={`Delete “${org.name}”`}
          question={`Delete “${org.name}”? ${uses}`}
          confirmLabel={`Yes, delete “${org.name}”`}
          onConfirm={remove}
        />
      ) : (
        <button type="button" onClick={remove}>
          Delete “{org.name}”
        </button>
      )}
    </div>
  );
}
