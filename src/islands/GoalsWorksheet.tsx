import { computed, useComputed } from "@preact/signals";
import { useRef, useState } from "preact/hooks";
import { goalsExports } from "~/lib/goals/goals-csv";
import {
  addGoal,
  deleteGoal,
  editGoal,
  newGoal,
  setNonNegotiables,
  setOffers,
  setOrganization,
  setPartnershipName,
} from "~/lib/goals/goals-edits";
import { GOAL_LIMITS, PRIORITIES, PRIORITY_LABELS, type Priority, SMART_TESTS, goalsTool, smartScore } from "~/lib/goals/goals-tool";
import { Checkbox, SelectField, TextField, useFocusFirstError } from "./shared/fields";
import { computedById, computedIds } from "./shared/select";
import { ToolFrame } from "./shared/ToolFrame";
import { toolState, useTool } from "./shared/tool-state";

const goals = toolState(goalsTool);
const goalIds = computedIds(() => goals.data.value.goals);
const goalById = computedById(() => goals.data.value.goals);
const smartGoals = computed(() => goals.data.value.goals.filter((g) => smartScore(g) === 5).length);
const organization = computed(() => goals.data.value.organization);
const partnershipName = computed(() => goals.data.value.partnershipName);
const offers = computed(() => goals.data.value.offers);
const nonNegotiables = computed(() => goals.data.value.nonNegotiables);
const hasData = computed(
  () => goalIds.value.length > 0 || [organization, partnershipName, offers, nonNegotiables].some((text) => text.value !== ""),
);

const PRIORITY_OPTIONS = PRIORITIES.map((value) => ({ value, label: PRIORITY_LABELS[value] }));

/** Step 1: the goals and objectives worksheet. */
export default function GoalsWorksheet() {
  useTool(goalsTool);
  return (
    <ToolFrame
      state={goals}
      id="goals-tool"
      hasData={hasData}
      noun="goals, offers and non-negotiables"
      exports={goalsExports}
      example={() => import("~/lib/goals/goals-example").then((m) => m.goalsExample())}
      intro={
        <p>
          Write down what your organization wants to achieve, then check each goal against the SMART tests. It is saved in this browser
          only.
        </p>
      }
    >
      <WorksheetText field="organization" />
      <WorksheetText field="partnershipName" />
      <AddGoalForm />
      <GoalList />
      <fieldset class="goal-lists">
        <legend>What you bring, and what you will not trade</legend>
        <WorksheetText field="offers" />
        <WorksheetText field="nonNegotiables" />
      </fieldset>
    </ToolFrame>
  );
}

/** The worksheet's names and lists, each read alone so that typing in one re-renders that field only. */
const TEXT_FIELDS = {
  organization: {
    id: "goals-organization",
    label: "Your organization",
    hint: undefined,
    autoComplete: "organization",
    maxLength: GOAL_LIMITS.organization,
    value: organization,
    edit: (text: string) => goals.apply("Edit your organization", (d) => setOrganization(d, text), "organization"),
  },
  partnershipName: {
    id: "goals-partnership-name",
    label: "Partnership name",
    hint: "A working name, e.g. “Eastside Fresh Food Partnership”. It titles your plan and your agreement.",
    autoComplete: "off",
    maxLength: GOAL_LIMITS.partnershipName,
    value: partnershipName,
    edit: (text: string) => goals.apply("Edit the partnership name", (d) => setPartnershipName(d, text), "partnership-name"),
  },
  offers: {
    id: "goals-offers",
    label: "What you can offer",
    hint: "One per line: staff skills, volunteers, relationships, equipment, data, the grants only you can apply for.",
    autoComplete: "off",
    maxLength: GOAL_LIMITS.offers,
    value: offers,
    edit: (text: string) => goals.apply("Edit what you can offer", (d) => setOffers(d, text), "offers"),
  },
  nonNegotiables: {
    id: "goals-non-negotiables",
    label: "Your non-negotiables",
    hint: "One per line: the conditions under which you would walk away. Keep the list short.",
    autoComplete: "off",
    maxLength: GOAL_LIMITS.nonNegotiables,
    value: nonNegotiables,
    edit: (text: string) => goals.apply("Edit your non-negotiables", (d) => setNonNegotiables(d, text), "non-negotiables"),
  },
} as const;

const LISTS = new Set<keyof typeof TEXT_FIELDS>(["offers", "nonNegotiables"]);

function WorksheetText({ field }: { field: keyof typeof TEXT_FIELDS }) {
  const { value, edit, ...props } = TEXT_FIELDS[field];
  const list = LISTS.has(field);
  return <TextField {...props} wide={list} multiline={list} value={value.value} onValue={edit} />;
}

function AddGoalForm() {
  const [title, setTitle] = useState("");
  const [priority, setPriority] = useState<Priority>("medium");
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  return (
    <form
      ref={form}
      class="tool-form"
      aria-label="Add a goal"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = title.trim();
        const problem = trimmed ? null : "Write the goal before adding it.";
        setError(problem);
        if (problem) return focusError();
        const goal = newGoal(trimmed, priority);
        goals.apply(`Add goal “${trimmed}”`, (d) => addGoal(d, goal));
        setTitle("");
        titleRef.current?.focus();
      }}
    >
      <TextField
        id="new-goal-title"
        label="Goal"
        wide
        maxLength={GOAL_LIMITS.title}
        value={title}
        error={error}
        inputRef={titleRef}
        onValue={setTitle}
      />
      <SelectField id="new-goal-priority" label="Priority" value={priority} options={PRIORITY_OPTIONS} onValue={setPriority} />
      <button type="submit">Add goal</button>
    </form>
  );
}

/** The goals in order; a card re-renders only when its own goal changes. */
function GoalList() {
  const ids = goalIds.value;
  if (ids.length === 0) {
    return <p class="tool__empty">No goals yet. Add your first one above, or load the example to see a finished worksheet.</p>;
  }
  return (
    <>
      <ol class="goal-list" aria-label="Your goals">
        {ids.map((id, index) => (
          <GoalCard key={id} id={id} number={index + 1} />
        ))}
      </ol>
      <GoalsSummary />
    </>
  );
}

function GoalCard({ id, number }: { id: string; number: number }) {
  const goal = useComputed(() => goalById.value.get(id)).value;
  if (!goal) return null;
  const base = `goal-${id}`;
  const edit = (what: string, change: Parameters<typeof editGoal>[2], coalesce?: string) =>
    goals.apply(`${what} of goal ${number}`, (d) => editGoal(d, id, change), coalesce && `${base}-${coalesce}`);
  return (
    <li class="goal-card">
      <fieldset>
        <legend>
          Goal {number}: <span class="goal-card__title">{goal.title}</span>
        </legend>
        <TextField
          id={`${base}-title`}
          label={`Goal ${number} text`}
          wide
          maxLength={GOAL_LIMITS.title}
          value={goal.title}
          required="Write the goal; until you do, the worksheet keeps its last text."
          onValue={(title) => edit("Edit the text", { title }, "title")}
        />
        <div class="field-row">
          <SelectField
            id={`${base}-priority`}
            label={`Priority of goal ${number}`}
            value={goal.priority}
            options={PRIORITY_OPTIONS}
            onValue={(priority) => edit("Change the priority", { priority })}
          />
          <TextField
            id={`${base}-owner`}
            label={`Owner of goal ${number}`}
            maxLength={GOAL_LIMITS.owner}
            value={goal.owner}
            onValue={(owner) => edit("Edit the owner", { owner }, "owner")}
          />
        </div>
        <TextField
          id={`${base}-wants`}
          label={`What you want from the partnership for goal ${number}`}
          wide
          multiline
          maxLength={GOAL_LIMITS.wants}
          value={goal.wants}
          onValue={(wants) => edit("Edit what you want", { wants }, "wants")}
        />
        <fieldset class="smart">
          <legend>
            SMART check for goal {number}: {smartScore(goal)} of 5
          </legend>
          {SMART_TESTS.map((test) => (
            <Checkbox
              key={test.key}
              checked={goal.smart[test.key]}
              label={
                <>
                  <strong>{test.label}</strong>: {test.hint}
                </>
              }
              onValue={(on) => edit(`${on ? "Tick" : "Untick"} ${test.label}`, { smart: { ...goal.smart, [test.key]: on } })}
            />
          ))}
        </fieldset>
        <button type="button" class="button--quiet" onClick={() => goals.apply(`Delete goal “${goal.title}”`, (d) => deleteGoal(d, id))}>
          Delete goal {number}
        </button>
      </fieldset>
    </li>
  );
}

function GoalsSummary() {
  const ready = smartGoals.value;
  const total = goalIds.value.length;
  return (
    <p class="tool__summary">
      {ready} of {total} {total === 1 ? "goal passes" : "goals pass"} all five SMART tests.
      {ready < total ? " Sharpen the others before you approach partners: vague goals make vague partnerships." : ""}
    </p>
  );
}
