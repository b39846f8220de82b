import { acceptedBy, appendRow, removeRow, updateRow } from "../row-list/row-list";
import { type EngagementData, type Feedback, FeedbackSchema, type FeedbackStatus, MAX_FEEDBACK } from "./engagement-tool";

const valid = acceptedBy(FeedbackSchema);

export const STATUS_LABEL: Record<FeedbackStatus, string> = { open: "Open", answered: "Answered", "acted-on": "Acted on" };

function withFeedback(data: EngagementData, feedback: Feedback[]): EngagementData {
  return feedback === data.feedback ? data : { ...data, feedback };
}

/** The reader logs what was said; nothing changes when the log holds MAX_FEEDBACK entries, the id is taken or the row is invalid. */
export function addFeedback(data: EngagementData, entry: Feedback): EngagementData {
  return withFeedback(data, appendRow(data.feedback, entry, MAX_FEEDBACK, valid));
}

/**
 * The status an entry takes when its response becomes `response`: an open entry whose first response is written is
 * answered, and an answered entry whose response is wiped out is open again. A status the reader set once the
 * response was there (reopened, acted on) is theirs and stays.
 */
export function statusForResponse<S extends string>(before: { response: string; status: S }, response: string): S | "answered" | "open" {
  const had = before.response.trim() !== "";
  const has = response.trim() !== "";
  if (!had && has && before.status === "open") return "answered";
  if (had && !has && before.status === "answered") return "open";
  return before.status;
}

/** The reader changes an entry: what was said, by whom, when, or the partnership's response. */
export function editFeedback(data: EngagementData, id: string, patch: Partial<Omit<Feedback, "id">>): EngagementData {
  const entry = patch.response === undefined || patch.status !== undefined ? undefined : data.feedback.find((f) => f.id === id);
  const status = entry && statusForResponse(entry, patch.response ?? "");
  return withFeedback(data, updateRow(data.feedback, id, status && status !== entry.status ? { ...patch, status } : patch, valid));
}

/** The reader marks an entry open, answered or acted on. */
export function setFeedbackStatus(data: EngagementData, id: string, status: FeedbackStatus): EngagementData {
  return withFeedback(data, updateRow(data.feedback, id, { status }, valid));
}

export function removeFeedback(data: EngagementData, id: string): EngagementData {
  return withFeedback(data, removeRow(data.feedback, id));
}

/** How many entries still wait for a response. */
export function openCount(feedback: readonly Pick<Feedback, "status">[]): number {
  return feedback.filter((f) => f.status === "open").length;
}
