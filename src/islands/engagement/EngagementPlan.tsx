import { useComputed } from "@preact/signals";
import { isOverdue, editPlanRow, removePlanRow } from "~/lib/engagement/engagement-plan";
import { IAP2_LABEL } from "~/lib/engagement/iap2";
import { formatDate } from "~/lib/dates";
import { Checkbox } from "../shared/fields";
import { engagement, overdue, planById, planIds, stakeholderNames, today } from "./engagement-state";

/** The engagement plan as a table; a row not done after its date is flagged overdue, in words. */
export function EngagementPlan() {
  const ids = planIds.value;
  if (ids.length === 0) return <p class="tool__empty">No plan rows yet. Add the first decision or topic above.</p>;
  const late = overdue.value;
  return (
    <>
      <div class="table-scroll">
        <table class="data-table engagement-plan">
          <caption>Engagement plan</caption>
          <thead>
            <tr>
              <th scope="col">Decision or topic</th>
              <th scope="col">Who</th>
              <th scope="col">Level</th>
              <th scope="col">Method</th>
              <th scope="col">When</th>
              <th scope="col">Owner</th>
              <th scope="col">Status</th>
              <th scope="col" class="no-print">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <PlanRowView key={id} id={id} />
            ))}
          </tbody>
        </table>
      </div>
      <p class="tool__summary" role="status">
        {late === 0 ? "Nothing in the plan is overdue." : `${late} ${late === 1 ? "row is" : "rows are"} overdue.`}
      </p>
    </>
  );
}

function PlanRowView({ id }: { id: string }) {
  const row = useComputed(() => planById.value.get(id)).value;
  if (!row) return null;
  const names = stakeholderNames.value;
  const late = today.value !== "" && isOverdue(row, today.value);
  return (
    <tr class={late ? "engagement-plan__overdue" : undefined}>
      <th scope="row">{row.topic}</th>
      <td>{row.stakeholderIds.map((s) => names.get(s) ?? "").join(", ") || "—"}</td>
      <td>{IAP2_LABEL[row.level]}</td>
      <td>{row.method || "—"}</td>
      <td>{row.date === "" ? "Not set" : formatDate(row.date)}</td>
      <td>{row.owner || "—"}</td>
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
      <td class="no-print">
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
