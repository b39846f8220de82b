import { computed } from "@preact/signals";
import { addKeyPlayer, includeGoal, leaveOutGoal, removeKeyPlayer } from "~/lib/business-case/case-edit";
import { Checkbox } from "../shared/fields";
import { organizations } from "../shared/organizations";
import { businessCase, goals } from "./case-state";
import { CaseText } from "./CaseText";

const goalList = computed(() => goals.data.value.goals);
const organizationList = computed(() => organizations.data.value.organizations);
const objectiveIds = computed(() => new Set(businessCase.data.value.objectiveGoalIds));
const playerIds = computed(() => new Set(businessCase.data.value.keyPlayerIds));

/** Objectives offered from step 1's goals, and key players from step 2's list of organizations, each with a note. */
export function ObjectivesAndPlayers() {
  return (
    <section class="case-section" aria-labelledby="case-players-title">
      <h3 id="case-players-title">Objectives and key players</h3>
      <fieldset class="case-links">
        <legend>Objectives from step 1's goals</legend>
        {goalList.value.length === 0 && <p class="field-hint">No goals yet: write them on the goals worksheet in step 1.</p>}
        {goalList.value.map((goal) => (
          <Checkbox
            key={goal.id}
            label={goal.title}
            checked={objectiveIds.value.has(goal.id)}
            onValue={(on) =>
              businessCase.apply(`${on ? "Include" : "Leave out"} the goal “${goal.title}”`, (d) =>
                on ? includeGoal(d, goal.id) : leaveOutGoal(d, goal.id),
              )
            }
          />
        ))}
      </fieldset>
      <CaseText field="objectivesNote" label="Other objectives" undoLabel="Edit other objectives" />
      <fieldset class="case-links">
        <legend>Key players from step 2's organizations</legend>
        {organizationList.value.length === 0 && <p class="field-hint">No organizations yet: list them in step 2.</p>}
        {organizationList.value.map((org) => (
          <Checkbox
            key={org.id}
            label={org.name}
            checked={playerIds.value.has(org.id)}
            onValue={(on) =>
              businessCase.apply(`${on ? "Add" : "Remove"} key player “${org.name}”`, (d) =>
                on ? addKeyPlayer(d, org.id) : removeKeyPlayer(d, org.id),
              )
            }
          />
        ))}
      </fieldset>
      <CaseText
        field="keyPlayersNote"
        label="Other key players"
        hint="Funders, inspectors, elected officials, community groups."
        undoLabel="Edit other key players"
      />
    </section>
  );
}
