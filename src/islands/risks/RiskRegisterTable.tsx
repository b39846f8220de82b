import type { ComponentChildren } from "preact";
import { isValidDate } from "~/lib/dates";
import { type RiskRow, type SortKey, type SortOrder, bandIn, mitigationIncreases, scoreIn } from "~/lib/risks/register";
import { CATEGORIES, type Category, ESCALATIONS, type Escalation, RESPONSES, type Response, type Risk, STATUSES, type Status } from "~/lib/risks/risks-tool";
import type { BandLimits } from "~/lib/risks/scoring";
import { KeyOptions, LevelOptions, OWNER_LIST_ID, ScoreBadge, readLevel } from "./parts";

interface Props {
  rows: readonly RiskRow[];
  /** How many risks the register holds in all, filtered or not. */
  total: number;
  order: SortOrder;
  limits: BandLimits;
  onSort: (key: SortKey) => void;
  onChange: (number: number, change: Partial<Risk>) => void;
  onDelete: (row: RiskRow) => void;
}

/** The register as an editable table, sortable by number and by score. */
export function RiskRegisterTable({ rows, total, order, limits, onSort, onChange, onDelete }: Props) {
  const sortHeader = (key: SortKey, label: string) => {
    const current = order.key === key ? order.direction : undefined;
    return (
      <th scope="col" aria-sort={current}>
        <button type="button" class="risk-sort" onClick={() => onSort(key)}>
          {label}
          <span aria-hidden="true" class="risk-sort__arrow">
            {current === "ascending" ? "▲" : current === "descending" ? "▼" : "↕"}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div id="risk-register-region" class="table-scroll risk-register-scroll" tabIndex={0} role="region" aria-label="Risk register table">
      <table class="data-table risk-register">
        <caption id="risk-register-caption">
          Risk register{rows.length < total ? `, filtered: ${rows.length} of ${total} risks` : ""}
        </caption>
        <colgroup>
          <col class="risk-register__col--number" />
          <col class="risk-register__col--text" />
          <col class="risk-register__col--score" />
          <col class="risk-register__col--text" />
          <col class="risk-register__col--score" />
          <col class="risk-register__col--follow-up" />
        </colgroup>
        <thead>
          <tr>
            {sortHeader("number", "Number")}
            <th scope="col">Risk</th>
            {sortHeader("inherent", "Inherent score")}
            <th scope="col">Owner and mitigation</th>
            {sortHeader("residual", "Residual score")}
            <th scope="col">Follow-up</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={6}>No risk sits in this cell of the matrix.</td>
            </tr>
          ) : (
            rows.map((row) => (
              <RegisterRow
                key={row.risk.id}
                row={row}
                limits={limits}
                onChange={(change) => onChange(row.number, change)}
                onDelete={() => onDelete(row)}
              />
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: RiskRow;
  limits: BandLimits;
  onChange: (change: Partial<Risk>) => void;
  onDelete: () => void;
}

/** A sorted row can move when its score changes; keep the focus on the control the reader was using. */
function keepFocus(id: string): void {
  setTimeout(() => {
    const element = document.getElementById(id);
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (element && lost) element.focus();
  }, 0);
}

function RegisterRow({ row, limits, onChange, onDelete }: RowProps) {
  const { risk, number } = row;
  const id = (field: string) => `risk-${number}-${field}`;
  const field = (name: string, label: string, control: ComponentChildren) => (
    <div class="risk-register__field">
      <label for={id(name)}>
        {label}
        <span class="visually-hidden"> of risk {number}</span>
      </label>
      {control}
    </div>
  );
  const level = (name: "likelihood" | "impact" | "residualLikelihood" | "residualImpact", label: string) =>
    field(
      name,
      label,
      <select
        id={id(name)}
        value={String(risk[name])}
        onChange={(e) => {
          const value = readLevel(e.currentTarget.value);
          if (value === null) return;
          onChange({ [name]: value });
          keepFocus(id(name));
        }}
      >
        <LevelOptions scale={name === "likelihood" || name === "residualLikelihood" ? "likelihood" : "impact"} />
      </select>,
    );
  const inherent = scoreIn(risk, "inherent");
  const residual = scoreIn(risk, "residual");
  return (
    <tr>
      <th scope="row" class="num">
        {number}
      </th>
      <td>
        {field(
          "title",
          "Title",
          <textarea
            id={id("title")}
            dir="auto"
            rows={2}
            maxLength={300}
            value={risk.title}
            onChange={(e) => {
              // A title is one line; line breaks typed or pasted here become spaces.
              const title = e.currentTarget.value.replace(/\s+/g, " ").trim();
              if (title) onChange({ title });
              else e.currentTarget.value = risk.title;
            }}
          />,
        )}
        {field(
          "description",
          "Description",
          <textarea id={id("description")} dir="auto" rows={2} maxLength={2000} value={risk.description} onInput={(e) => onChange({ description: e.currentTarget.value })} />,
        )}
        {field(
          "category",
          "Category",
          <select id={id("category")} value={risk.category} onChange={(e) => onChange({ category: e.currentTarget.value as Category })}>
            <KeyOptions options={CATEGORIES} />
          </select>,
        )}
      </td>
      <td>
        {level("likelihood", "Likelihood")}
        {level("impact", "Impact")}
        <p class="risk-register__score">
          <ScoreBadge score={inherent} band={bandIn(risk, "inherent", limits)} />
        </p>
      </td>
      <td>
        {field(
          "owner",
          "Owner",
          <input id={id("owner")} type="text" dir="auto" list={OWNER_LIST_ID} maxLength={120} value={risk.owner} onInput={(e) => onChange({ owner: e.currentTarget.value })} />,
        )}
        {field(
          "response",
          "Response",
          <select id={id("response")} value={risk.response} onChange={(e) => onChange({ response: e.currentTarget.value as Response })}>
            <KeyOptions options={RESPONSES} />
          </select>,
        )}
        {field(
          "mitigation",
          "Mitigation",
          <textarea id={id("mitigation")} dir="auto" rows={3} maxLength={2000} value={risk.mitigation} onInput={(e) => onChange({ mitigation: e.currentTarget.value })} />,
        )}
      </td>
      <td>
        {level("residualLikelihood", "Residual likelihood")}
        {level("residualImpact", "Residual impact")}
        <p class="risk-register__score">
          <ScoreBadge score={residual} band={bandIn(risk, "residual", limits)} />
        </p>
        {mitigationIncreases(risk) && <p class="risk-flag">Mitigation increases this risk?</p>}
      </td>
      <td>
        {field(
          "escalation",
          "Escalation level",
          <select id={id("escalation")} value={risk.escalation} onChange={(e) => onChange({ escalation: e.currentTarget.value as Escalation })}>
            <KeyOptions options={ESCALATIONS} />
          </select>,
        )}
        {field(
          "status",
          "Status",
          <select id={id("status")} value={risk.status} onChange={(e) => onChange({ status: e.currentTarget.value as Status })}>
            <KeyOptions options={STATUSES} />
          </select>,
        )}
        {field(
          "review",
          "Next review",
          <input
            id={id("review")}
            type="date"
            value={risk.review}
            onChange={(e) => {
              const review = e.currentTarget.value;
              if (review === "" || isValidDate(review)) onChange({ review });
            }}
          />,
        )}
        <button type="button" class="button--quiet" onClick={onDelete}>
          Delete risk {number}
        </button>
      </td>
    </tr>
  );
}
