import { useRef, useState } from "preact/hooks";
import { type FeedbackFields, engagementLimits, readFeedbackFields } from "~/lib/engagement/engagement-input";
import { ENGAGEMENT_LIMITS } from "~/lib/engagement/engagement-tool";
import { addFeedback } from "~/lib/engagement/feedback-log";
import type { FieldErrors } from "~/lib/form-read/form-read";
import { newId } from "~/lib/id";
import { SelectField, TextField, useFocusFirstError } from "../shared/fields";
import { STATUS_OPTIONS, engagement } from "./engagement-state";

const START: FeedbackFields = { what: "", from: "", date: "", response: "", status: "open" };

/** Logs what was said, by whom and when, with the partnership's response once there is one. */
export function FeedbackForm() {
  const [fields, setFields] = useState(START);
  const [errors, setErrors] = useState<FieldErrors<FeedbackFields>>({});
  const form = useRef<HTMLFormElement>(null);
  const whatRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const focusError = useFocusFirstError(form);
  const set = (key: keyof FeedbackFields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const full = engagementLimits.feedback(engagement.data.value);
  const submit = (event: Event) => {
    event.preventDefault();
    const read = readFeedbackFields(fields, newId());
    if (!read.ok) {
      setErrors(read.errors);
      return focusError();
    }
    const entry = read.value;
    engagement.apply("Log feedback", (d) => addFeedback(d, entry));
    setErrors({});
    setFields({ ...START, date: fields.date, from: fields.from });
    whatRef.current?.focus();
  };
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
        inputRef={whatRef}
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
        onValue={set("response")}
      />
      <SelectField id="engagement-feedback-status" label="Status" value={fields.status} options={STATUS_OPTIONS} onValue={set("status")} />
      <button type="submit" disabled={full !== null}>
        Log feedback
      </button>
      {full && <p class="tool__summary">{full}</p>}
    </form>
  );
}
