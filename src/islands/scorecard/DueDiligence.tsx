import { useComputed } from "@preact/signals";
import { diligenceSummary, diligenceText, entryOf, setCheckDate, setCheckNote, setCheckStatus } from "~/lib/scorecard/diligence";
import { checkDateProblem } from "~/lib/scorecard/scorecard-input";
import { CHECK_STATUSES, type CheckStatus, NOTE_MAX, type ScorecardData } from "~/lib/scorecard/scorecard-tool";
import { organizationById } from "../organizations/organizations-state";
import { todayStamp } from "../shared/download";
import { SelectField, TextField } from "../shared/fields";
import { pairKey, scorecard, shortlistIds } from "./scorecard-state";

const STATUS_OPTIONS = CHECK_STATUSES.map((s) => ({ value: s.key, label: s.label }));

/** The checklist for each shortlisted candidate (and each partner already chosen), with a summary per candidate. */
export function DueDiligence() {
  const ids = shortlistIds.value;
  if (ids.length === 0) {
    return (
      <p class="tool__empty">
        Set a candidate's status to “Shortlisted” in the list of organizations, and its due-diligence checklist appears here.
      </p>
    );
  }
  return (
    <div class="diligence">
      {ids.map((id) => (
        <DiligenceCard key={id} organizationId={id} />
      ))}
    </div>
  );
}

function DiligenceCard({ organizationId }: { organizationId: string }) {
  const name = useComputed(() => organizationById.value.get(organizationId)?.name ?? "").value;
  const checks = useComputed(() => scorecard.data.value.checks).value;
  const summary = useComputed(() => diligenceText(diligenceSummary(scorecard.data.value, organizationId))).value;
  return (
    <div class="table-scroll diligence__card">
      <table class="data-table diligence__table">
        <caption>
          Due diligence for {name}: <span class="diligence__summary">{summary}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Check</th>
            <th scope="col">Status</th>
            <th scope="col">Note</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((check) => (
            <DiligenceRow key={check.id} organizationId={organizationId} organization={name} checkId={check.id} check={check.name} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  organizationId: string;
  organization: string;
  checkId: string;
  check: string;
}

function DiligenceRow({ organizationId, organization, checkId, check }: RowProps) {
  const entry = useComputed(() => entryOf(scorecard.data.value, organizationId, checkId)).value;
  const base = `diligence-${organizationId}-${checkId}`;
  const edit = (what: string, change: (d: ScorecardData) => ScorecardData, coalesce?: string) =>
    scorecard.apply(`${what} of “${check}” for “${organization}”`, change, coalesce && `${pairKey(organizationId, checkId)}-${coalesce}`);
  const setStatus = (status: CheckStatus) =>
    edit("Change the status", (d) => {
      const next = setCheckStatus(d, organizationId, checkId, status);
      return next !== d && entryOf(next, organizationId, checkId).date === ""
        ? setCheckDate(next, organizationId, checkId, todayStamp())
        : next;
    });
  return (
    <tr class={`diligence__row diligence__row--${entry.status}`}>
      <th scope="row">{check}</th>
      <td>
        <SelectField
          id={`${base}-status`}
          label={`${check}: status for ${organization}`}
          hiddenLabel
          value={entry.status}
          options={STATUS_OPTIONS}
          onValue={setStatus}
        />
      </td>
      <td>
        <TextField
          id={`${base}-note`}
          label={`${check}: note for ${organization}`}
          hiddenLabel
          multiline
          maxLength={NOTE_MAX}
          value={entry.note}
          onValue={(note) => edit("Edit the note", (d) => setCheckNote(d, organizationId, checkId, note), "note")}
        />
      </td>
      <td>
        <TextField
          id={`${base}-date`}
          label={`${check}: date for ${organization}`}
          hiddenLabel
          type="date"
          value={entry.date}
          check={checkDateProblem}
          onValue={(date) => edit("Change the date", (d) => setCheckDate(d, organizationId, checkId, date), "date")}
        />
      </td>
    </tr>
  );
}
