import { type CellFilter, type SortKey, describePage } from "~/lib/risks/register";
import { impactLabel, likelihoodLabel } from "~/lib/risks/scoring";
import type { RegisterView } from "./register-view";
import { RegisterRow } from "./RegisterRow";
import { numberById, riskCount } from "./risks-state";

function describeFilter(cell: CellFilter, shown: number): string {
  const where = `likelihood ${cell.likelihood} (${likelihoodLabel(cell.likelihood)}) and impact ${cell.impact} (${impactLabel(cell.impact)})`;
  return `Showing the ${shown} ${shown === 1 ? "risk" : "risks"} at ${where}, ${cell.view}.`;
}

/** The register a page at a time: each risk a row of text with one button that opens its fields. */
export function RiskRegister({ view }: { view: RegisterView }) {
  const total = riskCount.value;
  if (total === 0) {
    return <p class="tool__empty">No risks yet. Add your first one above, or load the example to see a finished register.</p>;
  }
  return (
    <>
      <FilterNote view={view} />
      <div id="risk-register-region" class="table-scroll risk-register-scroll" tabIndex={0} role="region" aria-label="Risk register table">
        <table class="data-table risk-register">
          <RegisterCaption view={view} total={total} />
          <RegisterHead view={view} />
          <RegisterBody view={view} />
        </table>
      </div>
      <Pager view={view} />
    </>
  );
}

function FilterNote({ view }: { view: RegisterView }) {
  const filter = view.filter.value;
  const shown = view.page.value.total;
  return (
    <div class="risk-filter" aria-live="polite">
      {filter && (
        <p>
          {describeFilter(filter, shown)}{" "}
          <button
            type="button"
            onClick={() => {
              view.filterTo(null);
              // The button goes away with the filter; the register takes the focus.
              document.getElementById("risk-register-region")?.focus();
            }}
          >
            Show all risks
          </button>
        </p>
      )}
    </div>
  );
}

function RegisterCaption({ view, total }: { view: RegisterView; total: number }) {
  const shown = view.page.value.total;
  return <caption id="risk-register-caption">Risk register{shown < total ? `, filtered: ${shown} of ${total} risks` : ""}</caption>;
}

function RegisterHead({ view }: { view: RegisterView }) {
  const order = view.order.value;
  const sortHeader = (key: SortKey, label: string) => {
    const current = order.key === key ? order.direction : undefined;
    return (
      <th scope="col" aria-sort={current}>
        <button type="button" class="risk-sort" onClick={() => view.sortBy(key)}>
          {label}
          <span aria-hidden="true" class="risk-sort__arrow">
            {current === "ascending" ? "▲" : current === "descending" ? "▼" : "↕"}
          </span>
        </button>
      </th>
    );
  };
  return (
    <thead>
      <tr>
        {sortHeader("number", "Number")}
        <th scope="col">Risk</th>
        <th scope="col">Owner</th>
        {sortHeader("inherent", "Inherent score")}
        {sortHeader("residual", "Residual score")}
        <th scope="col">Response and status</th>
        <th scope="col">
          <span class="visually-hidden">Edit</span>
        </th>
      </tr>
    </thead>
  );
}

/** The rows of the page shown; re-renders when other risks come into view, each row when its own risk changes. */
function RegisterBody({ view }: { view: RegisterView }) {
  const ids = view.pageIds.value;
  const numbers = numberById.value;
  return (
    <tbody>
      {ids.length === 0 ? (
        <tr class="risk-empty">
          <td colSpan={7}>No risk sits in this cell of the matrix.</td>
        </tr>
      ) : (
        ids.map((id) => <RegisterRow key={id} id={id} number={numbers.get(id) ?? 0} view={view} />)
      )}
    </tbody>
  );
}

function Pager({ view }: { view: RegisterView }) {
  const page = view.page.value;
  const turn = (to: number) => () => {
    if (to >= 0 && to < page.pages) view.turnTo(to);
  };
  return (
    <nav class="risk-pager" aria-label="Register pages">
      <p role="status" class="risk-pager__status">
        {describePage(page)}
        {page.pages > 1 ? ` Page ${page.page + 1} of ${page.pages}.` : ""}
      </p>
      {page.pages > 1 && (
        <>
          <button type="button" aria-disabled={page.page === 0 ? true : undefined} onClick={turn(page.page - 1)}>
            Previous
          </button>
          <button type="button" aria-disabled={page.page === page.pages - 1 ? true : undefined} onClick={turn(page.page + 1)}>
            Next
          </button>
        </>
      )}
    </nav>
  );
}
