import { useComputed } from "@preact/signals";
import { useState } from "preact/hooks";
import { entryOf, setCheckDate, setCheckNote, setCheckStatus } from "~/lib/scorecard/diligence";
import { checkDateProblem } from "~/lib/scorecard/scorecard-input";
import { CHECK_STATUSES, type CheckStatus, NOTE_MAX, type ScorecardData } from "~/lib/scorecard/scorecard-tool";
import { organizationById } from "../organizations/organizations-state";
import { todayStamp } from "../shared/download";
import { SelectField, TextField } from "../shared/fields";
import { checks, diligenceByPair, diligenceTextOf, pairKey, scorecard, shortlistIds } from "./scorecard-state";

const STATUS_OPTIONS = CHECK_STATUSES.map((s) => ({ value: s.key, label: s.label }));

/**
 * The shortlisted candidates (and the partners already chosen), each with its summary and a button that shows its
 * checklist; the first one's is shown to start with. Only the checklists shown are drawn.
 */
export function DueDiligence() {
  const ids = shortlistIds.value;
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  if (ids.length === 0) {
    return (
      <p class="tool__empty">Set a candidate's status to “Shortlisted” in Your partners, and its due-diligence checklist appears here.</p>
    );
  }
  const isOpen = (id: string, index: number) => opened.has(id) || (index === 0 && !closed.has(id));
  const toggle = (id: string, open: boolean) => {
    const without = (set: ReadonlySet<string>) => new Set([...set].filter((x) => x !== id));
    setOpened(open ? without(opened) : new Set([...opened, id]));
    setClosed(open ? new Set([...closed, id]) : without(closed));
  };
  return (
    <ul class="diligence" aria-label="Due diligence by candidate">
      {ids.map((id, index) => (
        <DiligenceCard key={id} organizationId={id} open={isOpen(id, index)} onToggle={(open) => toggle(id, open)} />
      ))}
    </ul>
  );
}

function DiligenceCard({ organizationId, open, onToggle }: { organizationId: string; open: boolean; onToggle: (open: boolean) => void }) {
  const name = useComputed(() => organizationById.value.get(organizationId)?.name ?? "").value;
  const summary = useComputed(() => diligenceTextOf(organizationId)).value;
  const tableId = `diligence-${organizationId}`;
  return (
    <li class="diligence__card">
      <p class="diligence__heading">
        <button
          type="button"
          class="button--quiet"
          aria-expanded={open}
          aria-controls={open ? tableId : undefined}
          onClick={() => onToggle(open)}
        >
          {open ? "Hide" : "Show"} the checklist<span class="visually-hidden"> for {name}</span>
        </button>{" "}
        <strong>{name}</strong>: <span class="diligence__summary">{summary}</span>
      </p>
      {open && <Checklist id={tableId} organizationId={organizationId} organization={name} summary={summary} />}
    </li>
  );
}

function Checklist({
  id,
  organizationId,
  organization,
  summary,
}: {
  id: string;
  organizationId: string;
  organization: string;
  summary: string;
}) {
  const list = checks.value;
  return (
    <div class="table-scroll" id={id}>
      <table class="data-table diligence__table">
        <caption>
          Due diligence for {organization}: <span class="diligence__summary">{summary}</span>
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
          {list.map((check) => (
            <DiligenceRow
              key={check.id}
              organizationId={organizationId}
              organization={organization}
              checkId={check.id}
              check={check.name}
            />
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

/** One check for one candidate: status, note and date, each saved as the reader changes it. */
function DiligenceRow({ organizationId, organization, checkId, check }: RowProps) {
  const key = pairKey(organizationId, checkId);
  const stored = useComputed(() => diligenceByPair.value.get(key)).value;
  const entry = stored ?? { status: "not-started" as const, note: "", date: "" };
  const base = `diligence-${organizationId}-${checkId}`;
  const edit = (what: string, change: (d: ScorecardData) => ScorecardData, coalesce?: string) =>
    scorecard.apply(`${what} of “${check}” for “${organization}”`, change, coalesce && `${key}-${coalesce}`);
  // A status set on a check without a date is dated today.
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
        <span class="diligence__label" aria-hidden="true">
          Status
        </span>
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
        <span class="diligence__label" aria-hidden="true">
          Note
        </span>
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
        <span class="diligence__label" aria-hidden="true">
          Date
        </span>
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
