import { type FeedbackFields, readFeedbackFields } from "~/lib/engagement/engagement-input";
import { ENGAGEMENT_LIMITS } from "~/lib/engagement/engagement-tool";
import { addFeedback, statusForResponse } from "~/lib/engagement/feedback-log";
import { newId } from "~/lib/id";
import { SelectField, TextField } from "../shared/fields";
import { STATUS_OPTIONS, engagement, limits, pages, showLast } from "./engagement-state";
import { useRowForm } from "../shared/row-form";

const START: FeedbackFields = { what: "", from: "", date: "", response: "", status: "open" };

/** Logs what was said, by whom and when, with the partnership's response once there is one. */
export function FeedbackForm() {
  const { fields, errors, form, first, set, submit } = useRowForm(
    START,
    (f) => readFeedbackFields(f, newId()),
    (entry, f) => {
      engagement.apply("Log feedback", (d) => addFeedback(d, entry));
      showLast(pages.feedback, engagement.data.peek().feedback.length);
      return { ...START, date: f.date, from: f.from };
    },
  );
  const full = limits.feedback.value;
  return (
    <form ref={form} class="tool-form engagement-form" aria-label="Log feedback" noValidate onSubmit={submit}>
      <TextField
        id="engagement-feedback-what"
        label="You said"
        hint="What was said or asked, in a line."
        wide
        multiline
        maxLength={ENGAGEMENT_LIMITS.what}
        value={fields.what}
        error={errors.what}
        inputRef={first}
        onValue={set("what")}
      />
      <TextField
        id="engagement-feedback-from"
        label="From"
        maxLength={ENGAGEMENT_LIMITS.from}
        value={fields.from}
        error={errors.from}
        onValue={set("from")}
      />
      <TextField id="engagement-feedback-date" label="Received" type="date" value={fields.date} error={errors.date} onValue={set("date")} />
      <TextField
        id="engagement-feedback-response"
        label="We did"
        wide
        multiline
        maxLength={ENGAGEMENT_LIMITS.response}
        value={fields.response}
        error={errors.response}
        onValue={(response) => {
          set("response")(response);
          const status = statusForResponse(fields, response);
          if (status !== fields.status) set("status")(status);
        }}
      />
      <SelectField id="engagement-feedback-status" label="Status" value={fields.status} options={STATUS_OPTIONS} onValue={set("status")} />
      <button type="submit" disabled={full !== null}>
        Log feedback
      </button>
      {full && <p class="tool__summary">{full}</p>}
    </form>
  );
}
