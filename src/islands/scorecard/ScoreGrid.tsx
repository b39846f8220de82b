import { useComputed } from "@preact/signals";
import { setMet, setScore } from "~/lib/scorecard/scores-edit";
import { SCALE, candidatesPerPage } from "~/lib/scorecard/scorecard-tool";
import { Checkbox, SelectField } from "../shared/fields";
import { Pager, usePage } from "../shared/Pager";
import { candidateIds, organizationById } from "../organizations/organizations-state";
import { weightText } from "./CriterionEditor";
import { criterionById, criterionIds, metByPair, pairKey, scorecard, scoreByPair } from "./scorecard-state";

const SCORE_OPTIONS = [
  { value: "", label: "Not scored" },
  ...SCALE.map((s) => ({ value: String(s.score), label: `${s.score} ${s.label}` })),
];

/**
 * Every candidate (a row) scored on every criterion (a column), a page of candidates at a time (fewer to a page as the
 * criteria grow); on a phone each row reads as a card.
 */
export function ScoreGrid() {
  const rows = candidateIds.value;
  const columns = criterionIds.value;
  const view = usePage(rows.length, candidatesPerPage(columns.length));
  if (rows.length === 0) {
    return <p class="tool__empty">Add the candidates in Your partners above; each gets a row here to score.</p>;
  }
  if (columns.length === 0) return <p class="tool__empty">Add a criterion above to score the candidates on it.</p>;
  return (
    <>
      <p class="scorecard-scale" id="scorecard-scale">
        Scale: {SCALE.map((s) => `${s.score} ${s.label.toLowerCase()}`).join(", ")}. A non-negotiable is ticked when the candidate meets it;
        until then the candidate is excluded.
      </p>
      <div class="table-scroll">
        <table class="data-table score-grid">
          <caption>Scores</caption>
          <thead>
            <tr>
              <th scope="col">Organization</th>
              {columns.map((id) => (
                <CriterionHeader key={id} id={id} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(view.start, view.end).map((org) => (
              <ScoreRow key={org} organizationId={org} criteria={columns} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager noun="candidates" count={rows.length} view={view} />
    </>
  );
}

function CriterionHeader({ id }: { id: string }) {
  const criterion = useComputed(() => criterionById.value.get(id)).value;
  if (!criterion) return null;
  return (
    <th scope="col">
      {criterion.name}{" "}
      <span class="score-grid__weight">{criterion.nonNegotiable ? "(non-negotiable)" : `(weight ${weightText(criterion.weight)})`}</span>
    </th>
  );
}

function ScoreRow({ organizationId, criteria }: { organizationId: string; criteria: readonly string[] }) {
  const name = useComputed(() => organizationById.value.get(organizationId)?.name ?? "").value;
  return (
    <tr>
      <th scope="row">{name}</th>
      {criteria.map((id) => (
        <ScoreCell key={id} organizationId={organizationId} organization={name} criterionId={id} />
      ))}
    </tr>
  );
}

interface CellProps {
  organizationId: string;
  organization: string;
  criterionId: string;
}

/** One score (1–5) or, for a non-negotiable, whether it is met; the cell re-renders only when its own entry changes. */
function ScoreCell({ organizationId, organization, criterionId }: CellProps) {
  const criterion = useComputed(() => criterionById.value.get(criterionId)).value;
  const key = pairKey(organizationId, criterionId);
  const score = useComputed(() => scoreByPair.value.get(key)).value;
  const met = useComputed(() => metByPair.value.get(key)).value;
  if (!criterion) return null;
  const heading = (
    <span class="score-grid__label" aria-hidden="true">
      {criterion.name}
    </span>
  );
  if (criterion.nonNegotiable) {
    const label = `${criterion.name} met by ${organization}`;
    return (
      <td>
        {heading}
        <Checkbox
          label={
            <>
              <span class="visually-hidden">{label}</span>
              <span aria-hidden="true">Met</span>
            </>
          }
          checked={met === true}
          onValue={(on) => scorecard.apply(`${on ? "Tick" : "Untick"} “${label}”`, (d) => setMet(d, organizationId, criterionId, on))}
        />
      </td>
    );
  }
  return (
    <td>
      {heading}
      <SelectField
        id={`score-${organizationId}-${criterionId}`}
        label={`${criterion.name} score for ${organization}`}
        hiddenLabel
        value={score === undefined ? "" : String(score)}
        options={SCORE_OPTIONS}
        onValue={(value) =>
          scorecard.apply(`Score “${organization}” on “${criterion.name}”`, (d) =>
            setScore(d, organizationId, criterionId, value === "" ? null : Number(value)),
          )
        }
      />
    </td>
  );
}
