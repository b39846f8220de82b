import type { RiskRow, SortKey, SortOrder } from "~/lib/risks/register";
import type { Risk } from "~/lib/risks/risks-tool";
import type { BandLimits } from "~/lib/risks/scoring";
import { RegisterRow } from "./RegisterRow";
import { memo } from "../shared/memo";

interface Props {
  rows: readonly RiskRow[];
  /** How many risks the register holds in all, filtered or not. */
  total: number;
  order: SortOrder;
  limits: BandLimits;
  onSort: (key: SortKey) => void;
  /** Stable across renders, like the rows they are passed to. */
  onChange: (number: number, change: Partial<Risk>) => void;
  onDelete: (number: number) => void;
}

/** The register as an editable table, sortable by number and by score. */
export const RiskRegisterTable = memo(function RiskRegisterTable({ rows, total, order, limits, onSort, onChange, onDelete }: Props) {
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
              <RegisterRow key={row.risk.id} risk={row.risk} number={row.number} limits={limits} onChange={onChange} onDelete={onDelete} />
            ))
          )}
        </tbody>
      </table>
    </div>
  );
});
