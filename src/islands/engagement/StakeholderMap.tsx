import { useComputed } from "@preact/signals";
import { type Iap2Level, type Stakeholder } from "~/lib/engagement/engagement-tool";
import { IAP2_LABEL, engagementLevel } from "~/lib/engagement/iap2";
import { QUADRANT_LABEL, quadrantOf } from "~/lib/engagement/power-interest";
import { editStakeholder, removeStakeholder, setEngagementLevel, stakeholderName } from "~/lib/engagement/stakeholders";
import { stakeholderRenameProblem } from "~/lib/engagement/engagement-input";
import { ENGAGEMENT_LIMITS } from "~/lib/engagement/engagement-tool";
import { SelectField, TextField } from "../shared/fields";
import {
  LEVEL_OPTIONS,
  engagement,
  highFrom,
  organizationNames,
  pages,
  screenPage,
  stakeholderById,
  stakeholderIds,
} from "./engagement-state";
import { SCORE_OPTIONS, STANCE_OPTIONS } from "./StakeholderForm";
import { FieldsTable } from "../shared/FieldsTable";

/** The map as a table, one row per stakeholder: the grid's alternative, and where levels are chosen. */
export function StakeholderMap() {
  const ids = stakeholderIds.value;
  const view = screenPage(ids.length, pages.stakeholders);
  if (ids.length === 0) {
    return <p class="tool__empty">No stakeholders yet. Add the first one above, or load the example to see a finished map.</p>;
  }
  return (
    <>
      <FieldsTable
        class="stakeholder-map"
        caption="Stakeholder map"
        columns={["Stakeholder", "Power", "Interest", "Quadrant", "Stance now → wanted", "Engagement level"]}
        actions="Remove"
        actionsClass="no-print"
        scrollClass="engagement-screen"
        ids={ids}
        paged={{ view, noun: "stakeholders" }}
        Row={StakeholderRow}
      />
    </>
  );
}

function StakeholderRow({ id, number }: { id: string; number: number }) {
  const s = useComputed(() => stakeholderById.value.get(id)).value;
  if (!s) return null;
  const name = stakeholderName(s, organizationNames.value);
  const edit = (what: string, patch: Partial<Stakeholder>) =>
    engagement.apply(`${what} of “${name}”`, (d) => editStakeholder(d, id, patch));
  return (
    <tr>
      <th scope="row">
        {s.organizationId === "" ? (
          <TextField
            id={`stakeholder-${id}-name`}
            label={`Name of stakeholder ${number}`}
            hiddenLabel
            maxLength={ENGAGEMENT_LIMITS.name}
            value={s.name}
            check={(text) => stakeholderRenameProblem(engagement.data.peek(), id, text)}
            onValue={(text) =>
              engagement.apply(`Rename stakeholder ${number}`, (d) => editStakeholder(d, id, { name: text }), `stakeholder-${id}-name`)
            }
          />
        ) : (
          name
        )}
      </th>
      <td>
        <SelectField
          label={`Power of ${name}`}
          hiddenLabel
          value={String(s.power)}
          options={SCORE_OPTIONS}
          onValue={(v) => edit("Change power", { power: Number(v) })}
        />
      </td>
      <td>
        <SelectField
          label={`Interest of ${name}`}
          hiddenLabel
          value={String(s.interest)}
          options={SCORE_OPTIONS}
          onValue={(v) => edit("Change interest", { interest: Number(v) })}
        />
      </td>
      <td class="stakeholder-map__quadrant">{QUADRANT_LABEL[quadrantOf(s.power, s.interest, highFrom.value)]}</td>
      <td>
        <div class="stance-pair">
          <SelectField
            label={`Stance now of ${name}`}
            hiddenLabel
            value={s.stanceNow}
            options={STANCE_OPTIONS}
            onValue={(stanceNow) => edit("Change the stance now", { stanceNow })}
          />
          <span aria-hidden="true">→</span>
          <SelectField
            label={`Stance wanted of ${name}`}
            hiddenLabel
            value={s.stanceWanted}
            options={STANCE_OPTIONS}
            onValue={(stanceWanted) => edit("Change the stance wanted", { stanceWanted })}
          />
        </div>
      </td>
      <td>
        <LevelChoice stakeholder={s} name={name} />
      </td>
      <td class="no-print">
        <button
          type="button"
          class="button--quiet"
          onClick={() => engagement.apply(`Remove stakeholder “${name}”`, (d) => removeStakeholder(d, id))}
        >
          Remove<span class="visually-hidden"> {name}</span>
        </button>
      </td>
    </tr>
  );
}

/** The level select, saying whether it follows the quadrant's suggestion or the reader's choice, which can be undone. */
function LevelChoice({ stakeholder: s, name }: { stakeholder: Stakeholder; name: string }) {
  const { level, suggested } = engagementLevel(s, highFrom.value);
  const set = (next: Iap2Level | null, what: string) => engagement.apply(what, (d) => setEngagementLevel(d, s.id, next));
  return (
    <div class="level-choice">
      <SelectField
        label={`Engagement level for ${name}`}
        hiddenLabel
        value={level}
        options={LEVEL_OPTIONS}
        onValue={(v) => set(v, `Set engagement level of “${name}” to ${IAP2_LABEL[v]}`)}
      />
      {suggested ? (
        <span class="level-choice__source">Suggested</span>
      ) : (
        <button type="button" class="button--quiet" onClick={() => set(null, `Follow the suggested level for “${name}”`)}>
          Use the suggestion<span class="visually-hidden"> for {name}</span>
        </button>
      )}
    </div>
  );
}
