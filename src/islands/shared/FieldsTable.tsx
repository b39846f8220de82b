import type { VNode } from "preact";
import { Pager, type PageView } from "./Pager";

interface Props {
  /** The table's own class beside `data-table`: "stakeholder-map". */
  class: string;
  caption: string;
  /** Column headings before the last column, of buttons, headed for screen readers only. */
  columns: readonly string[];
  /** The last column's hidden heading: "Remove". */
  actions: string;
  /** A class for the last column's heading ("no-print"). */
  actionsClass?: string;
  /** A class for the scrolling box beside `table-scroll`. */
  scrollClass?: string;
  ids: readonly string[];
  /** The page of rows shown, and what the rows are for the pager's words ("plan rows"); every row, no pager, without. */
  paged?: { view: PageView; noun: string };
  /** One row of fields; `number` counts from 1 over every page. */
  Row: (props: { id: string; number: number }) => VNode | null;
}

/** A tool's table of fields, a row per item edited in place: every row, or a page of them with the pager below. */
export function FieldsTable({ class: className, caption, columns, actions, actionsClass, scrollClass, ids, paged, Row }: Props) {
  const start = paged?.view.start ?? 0;
  const end = paged?.view.end ?? ids.length;
  return (
    <>
      <div class={scrollClass ? `table-scroll ${scrollClass}` : "table-scroll"}>
        <table class={`data-table ${className}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              <th scope="col" class={actionsClass}>
                <span class="visually-hidden">{actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.slice(start, end).map((id, index) => (
              <Row key={id} id={id} number={start + index + 1} />
            ))}
          </tbody>
        </table>
      </div>
      {paged && <Pager noun={paged.noun} count={ids.length} view={paged.view} />}
    </>
  );
}
