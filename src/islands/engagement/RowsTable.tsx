import type { VNode } from "preact";
import { Pager, type PageView } from "../shared/Pager";

interface Props {
  /** The table's own class beside `data-table`: "stakeholder-map". */
  class: string;
  caption: string;
  /** Column headings before the last, unheaded column of Remove buttons. */
  columns: readonly string[];
  /** A class for the Remove column's heading ("no-print"). */
  removeClass?: string;
  ids: readonly string[];
  view: PageView;
  /** What the rows are, for the pager's words: "plan rows". */
  noun: string;
  /** One row of fields; `number` counts from 1 over every page. */
  Row: (props: { id: string; number: number }) => VNode | null;
}

/** One of the engagement tool's tables of fields: the page of rows shown on screen, and the pager below it. */
export function RowsTable({ class: className, caption, columns, removeClass, ids, view, noun, Row }: Props) {
  return (
    <>
      <div class="table-scroll engagement-screen">
        <table class={`data-table ${className}`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
              <th scope="col" class={removeClass}>
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ids.slice(view.start, view.end).map((id, index) => (
              <Row key={id} id={id} number={view.start + index + 1} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager noun={noun} count={ids.length} view={view} />
    </>
  );
}
