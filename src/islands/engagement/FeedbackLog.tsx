import { useComputed } from "@preact/signals";
import { formatDate } from "~/lib/dates";
import { ENGAGEMENT_LIMITS, type FeedbackStatus } from "~/lib/engagement/engagement-tool";
import { STATUS_LABEL, editFeedback, removeFeedback, setFeedbackStatus } from "~/lib/engagement/feedback-log";
import { Pager, usePage } from "../shared/Pager";
import { SelectField, TextField } from "../shared/fields";
import { STATUS_OPTIONS, engagement, feedbackById, feedbackIds, openItems } from "./engagement-state";

/**
 * The "you said, we did" log as a table, a page of entries at a time (a long table's layout would slow every keystroke);
 * the response and status are edited in place, and open items are counted.
 */
export function FeedbackLog() {
  const ids = feedbackIds.value;
  const view = usePage(ids.length);
  if (ids.length === 0) return <p class="tool__empty">Nothing logged yet. Log the first thing you heard above.</p>;
  const open = openItems.value;
  return (
    <>
      <div class="table-scroll">
        <table class="data-table feedback-log">
          <caption>You said, we did</caption>
          <thead>
            <tr>
              <th scope="col">Entry</th>
              <th scope="col">Received</th>
              <th scope="col">From</th>
              <th scope="col">You said</th>
              <th scope="col">We did</th>
              <th scope="col">Status</th>
              <th scope="col" class="no-print">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.slice(view.start, view.end).map((id, index) => (
              <FeedbackRow key={id} id={id} number={view.start + index + 1} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager noun="log entries" count={ids.length} view={view} />
      <p class="tool__summary" role="status">
        {open === 0
          ? "No open items: everything logged has a response."
          : `${open} open ${open === 1 ? "item waits" : "items wait"} for a response.`}
      </p>
    </>
  );
}

function FeedbackRow({ id, number }: { id: string; number: number }) {
  const entry = useComputed(() => feedbackById.value.get(id)).value;
  if (!entry) return null;
  return (
    <tr>
      <th scope="row">{number}</th>
      <td>{formatDate(entry.date)}</td>
      <td>{entry.from || "—"}</td>
      <td class="feedback-log__text">{entry.what}</td>
      <td>
        <TextField
          label={`We did, for entry ${number}`}
          hiddenLabel
          multiline
          maxLength={ENGAGEMENT_LIMITS.response}
          value={entry.response}
          onValue={(response) =>
            engagement.apply(`Edit the response to entry ${number}`, (d) => editFeedback(d, id, { response }), `${id}-response`)
          }
        />
      </td>
      <td>
        <SelectField
          label={`Status of entry ${number}`}
          hiddenLabel
          value={entry.status}
          options={STATUS_OPTIONS}
          onValue={(status: FeedbackStatus) =>
            engagement.apply(`Mark entry ${number} ${STATUS_LABEL[status].toLowerCase()}`, (d) => setFeedbackStatus(d, id, status))
          }
        />
      </td>
      <td class="no-print">
        <button
          type="button"
          class="button--quiet"
          onClick={() => engagement.apply(`Remove entry ${number}`, (d) => removeFeedback(d, id))}
        >
          Remove<span class="visually-hidden"> entry {number}</span>
        </button>
      </td>
    </tr>
  );
}
