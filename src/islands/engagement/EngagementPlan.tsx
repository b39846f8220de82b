import { useComputed } from "@preact/signals";
import { useState } from "preact/hooks";
import { isOverdue, editPlanRow, removePlanRow } from "~/lib/engagement/engagement-plan";
import { ENGAGEMENT_LIMITS, type PlanRow } from "~/lib/engagement/engagement-tool";
import { dateProblem } from "~/lib/kpis/kpi-input";
import { Checkbox, SelectField, TextField } from "../shared/fields";
import { LEVEL_OPTIONS, engagement, overdue, pages, planById, planIds, screenPage, stakeholderNames, today } from "./engagement-state";
import { WhoField } from "./PlanForm";
import { FieldsTable } from "../shared/FieldsTable";

/** The engagement plan as a table edited in place; a row not done after its date is flagged overdue, in words. */
export function EngagementPlan() {
  const ids = planIds.value;
  const view = screenPage(ids.length, pages.plan);
  if (ids.length === 0) return <p class="tool__empty">No plan rows yet. Add the first decision or topic above.</p>;
  const late = overdue.value;
  return (
    <>
      <FieldsTable
        class="engagement-plan"
        caption="Engagement plan"
        columns={["Decision or topic", "Who", "Level", "Method", "When", "Owner", "Status"]}
        actions="Remove"
        scrollClass="engagement-screen"
        ids={ids}
        paged={{ view, noun: "plan rows" }}
        Row={PlanRowView}
      />
      <p class="tool__summary" role="status">
        {late === 0 ? "Nothing in the plan is overdue." : `${late} ${late === 1 ? "row is" : "rows are"} overdue.`}
      </p>
    </>
  );
}

/** Who is engaged, and a disclosure that opens the checkboxes to change it: drawn only while open (a box per stakeholder). */
function WhoChoice({
  number,
  names,
  chosen,
  onValue,
}: {
  number: number;
  names: string;
  chosen: string[];
  onValue: (ids: string[]) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details class="engagement-who-edit" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {names || "No one yet"}
        <span class="visually-hidden">: change who is engaged in plan row {number}</span>
      </summary>
      {open && <WhoField legend={`Who is engaged in plan row ${number}`} chosen={chosen} onValue={onValue} />}
    </details>
  );
}

const dateCheck = (text: string) => (text.trim() === "" ? null : dateProblem(text.trim(), "date"));

function PlanRowView({ id, number }: { id: string; number: number }) {
  const row = useComputed(() => planById.value.get(id)).value;
  if (!row) return null;
  const names = stakeholderNames.value;
  const late = today.value !== "" && isOverdue(row, today.value);
  const base = `plan-${id}`;
  const edit = (what: string, patch: Partial<PlanRow>, key?: string) =>
    engagement.apply(`${what} of plan row ${number}`, (d) => editPlanRow(d, id, patch), key && `${base}-${key}`);
  const text = (key: "method" | "owner", label: string) => (
    <TextField
      id={`${base}-${key}`}
      label={`${label} of plan row ${number}`}
      hiddenLabel
      maxLength={ENGAGEMENT_LIMITS[key]}
      {...(key === "method" ? { list: "engagement-methods" } : {})}
      value={row[key]}
      onValue={(value) => edit(`Edit the ${label.toLowerCase()}`, { [key]: value }, key)}
    />
  );
  return (
    <tr class={late ? "engagement-plan__overdue" : undefined}>
      <th scope="row">
        <TextField
          id={`${base}-topic`}
          label={`Decision or topic ${number}`}
          hiddenLabel
          multiline
          maxLength={ENGAGEMENT_LIMITS.topic}
          value={row.topic}
          required="Name the decision or topic; until you do, the plan keeps its last name."
          onValue={(topic) => edit("Rename the topic", { topic }, "topic")}
        />
      </th>
      <td>
        <WhoChoice
          number={number}
          names={row.stakeholderIds.map((s) => names.get(s) ?? "").join(", ")}
          chosen={row.stakeholderIds}
          onValue={(stakeholderIds) => edit("Change who is engaged", { stakeholderIds })}
        />
      </td>
      <td>
        <SelectField
          label={`Level of plan row ${number}`}
          hiddenLabel
          value={row.level}
          options={LEVEL_OPTIONS}
          onValue={(level) => edit("Change the level", { level })}
        />
      </td>
      <td>{text("method", "Method")}</td>
      <td>
        <TextField
          id={`${base}-date`}
          label={`When, plan row ${number}`}
          hiddenLabel
          type="date"
          value={row.date}
          check={dateCheck}
          onValue={(date) => edit("Change the date", { date: date.trim() }, "date")}
        />
      </td>
      <td>{text("owner", "Owner")}</td>
      <td>
        {late && <strong class="overdue-flag">Overdue </strong>}
        <Checkbox
          label={
            <span>
              Done<span class="visually-hidden">: {row.topic}</span>
            </span>
          }
          checked={row.done}
          onValue={(done) => engagement.apply(`Mark “${row.topic}” ${done ? "done" : "not done"}`, (d) => editPlanRow(d, id, { done }))}
        />
      </td>
      <td>
        <button
          type="button"
          class="button--quiet"
          onClick={() => engagement.apply(`Remove plan row “${row.topic}”`, (d) => removePlanRow(d, id))}
        >
          Remove<span class="visually-hidden"> {row.topic}</span>
        </button>
      </td>
    </tr>
  );
}
