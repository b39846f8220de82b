import { useCallback, useRef, useState } from "preact/hooks";
import { goalsExample } from "~/lib/goals/goals-example";
import { type Goal, type GoalsData, PRIORITIES, type Priority, SMART_TESTS, goalsTool, smartScore } from "~/lib/goals/goals-tool";
import { newId } from "~/lib/id";
import { insertAt } from "~/lib/list";
import { FieldError } from "./shared/FieldError";
import { memo } from "./shared/memo";
import { SaveNotice } from "./shared/SaveNotice";
import { ToolBar } from "./shared/ToolBar";
import { UndoBar } from "./shared/UndoBar";
import { useToolState } from "./shared/use-tool-state";
import { useUndo } from "./shared/use-undo";
import { useLatest } from "./shared/use-latest";

const PRIORITY_LABEL: Record<Priority, string> = { high: "High", medium: "Medium", low: "Low" };
const NO_SMART = { specific: false, measurable: false, achievable: false, relevant: false, timeBound: false };

/** Step 1: the goals and objectives worksheet. */
export default function GoalsWorksheet() {
  const state = useToolState(goalsTool);
  const { data, update } = state;
  const undo = useUndo();
  const { offer } = undo;

  // The cards' handlers stay the same function from render to render (update and offer are stable), so a change, or an
  // added goal, re-renders only the cards it touches.
  const latest = useLatest(data.goals);
  const setGoal = useCallback(
    (id: string, change: Partial<Goal>) => update((d) => ({ ...d, goals: d.goals.map((g) => (g.id === id ? { ...g, ...change } : g)) })),
    [update],
  );
  const remove = useCallback(
    (goal: Goal) => {
      const index = latest.current.findIndex((g) => g.id === goal.id);
      update((d) => ({ ...d, goals: d.goals.filter((g) => g.id !== goal.id) }));
      offer({
        message: `Deleted the goal “${goal.title}”.`,
        undo: () => update((d) => ({ ...d, goals: insertAt(d.goals, index, goal) })),
      });
    },
    [update, offer, latest],
  );
  const addGoal = useCallback((goal: Goal) => update((d) => ({ ...d, goals: [...d.goals, goal] })), [update]);

  return (
    <section class="tool" aria-labelledby="goals-tool-title" data-pagefind-ignore>
      <h2 id="goals-tool-title">Goals worksheet</h2>
      <p>
        Write down what your organization wants to achieve, then check each goal against the SMART tests. It is saved in this browser only.
      </p>
      <SaveNotice state={state} title={goalsTool.title} />
      <ToolBar
        hasData={data.goals.length > 0 || data.organization !== ""}
        noun="goals"
        onExample={() => update(() => goalsExample())}
        onClear={() => update(() => goalsTool.empty())}
      />
      <div class="field">
        <label for="goals-organization">Your organization</label>
        <input
          id="goals-organization"
          type="text"
          maxLength={120}
          autoComplete="organization"
          value={data.organization}
          onInput={(e) => {
            const organization = e.currentTarget.value;
            update((d) => ({ ...d, organization }));
          }}
        />
      </div>
      <AddGoalForm onAdd={addGoal} />
      <UndoBar last={undo.last} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {data.goals.length === 0 ? (
        <p class="tool__empty">No goals yet. Add your first one above, or load the example to see a finished worksheet.</p>
      ) : (
        <ol class="goal-list" aria-label="Your goals">
          {data.goals.map((goal, index) => (
            <GoalCard key={goal.id} goal={goal} number={index + 1} onChange={setGoal} onDelete={remove} />
          ))}
        </ol>
      )}
      <GoalsSummary goals={data.goals} />
    </section>
  );
}

const AddGoalForm = memo(function AddGoalForm({ onAdd }: { onAdd: (goal: Goal) => void }) {
  const [title, setTitle] = useState("");
  const [priority, setPriority] = useState<Priority>("medium");
  const [error, setError] = useState<string | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  return (
    <form
      class="tool-form"
      aria-label="Add a goal"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = title.trim();
        if (!trimmed) {
          setError("Write the goal before adding it.");
          titleRef.current?.focus();
          return;
        }
        if (trimmed.length > 300) {
          setError("Keep the goal to 300 characters or fewer.");
          titleRef.current?.focus();
          return;
        }
        onAdd({ id: newId(), title: trimmed, smart: { ...NO_SMART }, priority, owner: "", wants: "" });
        setTitle("");
        setError(null);
        titleRef.current?.focus();
      }}
    >
      <div class="field field--wide">
        <label for="new-goal-title">Goal</label>
        <input
          id="new-goal-title"
          ref={titleRef}
          type="text"
          value={title}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "new-goal-error" : undefined}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
        <FieldError id="new-goal-error" message={error} />
      </div>
      <div class="field">
        <label for="new-goal-priority">Priority</label>
        <select id="new-goal-priority" value={priority} onChange={(e) => setPriority(e.currentTarget.value as Priority)}>
          {PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {PRIORITY_LABEL[p]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Add goal</button>
    </form>
  );
});

interface CardProps {
  goal: Goal;
  number: number;
  /** Stable across renders, like the cards they are passed to. */
  onChange: (id: string, change: Partial<Goal>) => void;
  onDelete: (goal: Goal) => void;
}

/** One goal, re-rendered only when its own props change. */
const GoalCard = memo(function GoalCard({ goal, number, onChange: changeGoal, onDelete }: CardProps) {
  const base = `goal-${goal.id}`;
  const onChange = (change: Partial<Goal>) => changeGoal(goal.id, change);
  const score = smartScore(goal);
  return (
    <li class="goal-card">
      <fieldset>
        <legend>
          Goal {number}: <span class="goal-card__title">{goal.title}</span>
        </legend>
        <div class="field field--wide">
          <label for={`${base}-title`}>Goal {number} text</label>
          <input
            id={`${base}-title`}
            type="text"
            maxLength={300}
            value={goal.title}
            onChange={(e) => {
              const title = e.currentTarget.value.trim();
              if (title) onChange({ title });
              else e.currentTarget.value = goal.title;
            }}
          />
        </div>
        <div class="field-row">
          <div class="field">
            <label for={`${base}-priority`}>Priority of goal {number}</label>
            <select
              id={`${base}-priority`}
              value={goal.priority}
              onChange={(e) => onChange({ priority: e.currentTarget.value as Priority })}
            >
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {PRIORITY_LABEL[p]}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${base}-owner`}>Owner of goal {number}</label>
            <input
              id={`${base}-owner`}
              type="text"
              maxLength={120}
              value={goal.owner}
              onInput={(e) => onChange({ owner: e.currentTarget.value })}
            />
          </div>
        </div>
        <div class="field field--wide">
          <label for={`${base}-wants`}>What you want from the partnership for goal {number}</label>
          <textarea
            id={`${base}-wants`}
            rows={2}
            maxLength={2000}
            value={goal.wants}
            onInput={(e) => onChange({ wants: e.currentTarget.value })}
          />
        </div>
        <fieldset class="smart">
          <legend>
            SMART check for goal {number}: {score} of 5
          </legend>
          {SMART_TESTS.map((test) => (
            <label key={test.key} class="check">
              <input
                type="checkbox"
                checked={goal.smart[test.key]}
                onChange={(e) => onChange({ smart: { ...goal.smart, [test.key]: e.currentTarget.checked } })}
              />{" "}
              <strong>{test.label}</strong>: {test.hint}
            </label>
          ))}
        </fieldset>
        <button type="button" class="button--quiet" onClick={() => onDelete(goal)}>
          Delete goal {number}
        </button>
      </fieldset>
    </li>
  );
});

function GoalsSummary({ goals }: { goals: GoalsData["goals"] }) {
  if (goals.length === 0) return null;
  const ready = goals.filter((g) => smartScore(g) === 5).length;
  return (
    <p class="tool__summary">
      {ready} of {goals.length} {goals.length === 1 ? "goal passes" : "goals pass"} all five SMART tests.
      {ready < goals.length ? " Sharpen the others before you approach partners: vague goals make vague partnerships." : ""}
    </p>
  );
}
