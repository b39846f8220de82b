import { useComputed } from "@preact/signals";
import { ENGAGEMENT_LIMITS, type Feedback, type FeedbackStatus } from "~/lib/engagement/engagement-tool";
import { dateProblem } from "~/lib/kpis/kpi-input";
import { STATUS_LABEL, editFeedback, removeFeedback, setFeedbackStatus } from "~/lib/engagement/feedback-log";
import { SelectField, TextField } from "../shared/fields";
import { STATUS_OPTIONS, engagement, feedbackById, feedbackIds, openItems, pages, screenPage } from "./engagement-state";
import { FieldsTable } from "../shared/FieldsTable";

/**
 * The "you said, we did" log as a table edited in place, a page of entries at a time (a long table's layout would slow
 * every keystroke; the printout has them all), and open items counted.
 */
export function FeedbackLog() {
  const ids = feedbackIds.value;
  const view = screenPage(ids.length, pages.feedback);
  if (ids.length === 0) return <p class="tool__empty">Nothing logged yet. Log the first thing you heard above.</p>;
  const open = openItems.value;
  return (
    <>
      <FieldsTable
        class="feedback-log"
        caption="You said, we did"
        columns={["Entry", "Received", "From", "You said", "We did", "Status"]}
        actions="Remove"
        scrollClass="engagement-screen"
        ids={ids}
        paged={{ view, noun: "log entries" }}
        Row={FeedbackRow}
      />
      <p class="tool__summary" role="status">
        {open === 0
          ? "No open items: everything logged has a response."
          : `${open} open ${open === 1 ? "item waits" : "items wait"} for a response.`}
      </p>
    </>
  );
}

const dateCheck = (text: string) => dateProblem(text.trim(), "date it was received");

function FeedbackRow({ id, number }: { id: string; number: number }) {
  const entry = useComputed(() => feedbackById.value.get(id)).value;
  if (!entry) return null;
  const edit = (what: string, patch: Partial<Feedback>, key: string) =>
    engagement.apply(`${what} of entry ${number}`, (d) => editFeedback(d, id, patch), `${id}-${key}`);
  return (
    <tr>
      <th scope="row">{number}</th>
      <td>
        <TextField
          label={`Received, entry ${number}`}
          hiddenLabel
          type="date"
          value={entry.date}
          check={dateCheck}
          onValue={(date) => edit("Change the date", { date: date.trim() }, "date")}
        />
      </td>
      <td>
        <TextField
          label={`From, entry ${number}`}
          hiddenLabel
          maxLength={ENGAGEMENT_LIMITS.from}
          value={entry.from}
          onValue={(from) => edit("Edit who said it", { from }, "from")}
        />
      </td>
      <td class="feedback-log__text">
        <TextField
          label={`You said, entry ${number}`}
          hiddenLabel
          multiline
          maxLength={ENGAGEMENT_LIMITS.what}
          value={entry.what}
          required="Say what was said; until you do, the log keeps the last words."
          onValue={(what) => edit("Edit what was said", { what }, "what")}
        />
      </td>
      <td>
        <TextField
          label={`We did, for entry ${number}`}
          hiddenLabel
          multiline
          maxLength={ENGAGEMENT_LIMITS.response}
          value={entry.response}
          onValue={(response) => edit("Edit the response", { response }, "response")}
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
      <td>
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
