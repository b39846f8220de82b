import { useState } from "preact/hooks";
import { type Page, pageOf } from "~/lib/resources/paging";

/** The page of a long list the reader is on, and a way to turn it. */
export function usePage(count: number): Page & { turn: (page: number) => void } {
  const [page, setPage] = useState(0);
  return { ...pageOf(count, page), turn: setPage };
}

interface Props {
  /** What the rows are, for the buttons' and the status's words: "contributions". */
  noun: string;
  count: number;
  view: ReturnType<typeof usePage>;
}

/** Previous and next page of a long table, and which rows are shown; nothing while the rows fit on one page. */
export function Pager({ noun, count, view }: Props) {
  if (view.pages <= 1) return null;
  return (
    <div class="resources-pager" role="group" aria-label={`Pages of the ${noun}`}>
      <button type="button" disabled={view.page === 0} onClick={() => view.turn(view.page - 1)}>
        Previous {noun}
      </button>
      <span role="status">
        {noun[0]?.toUpperCase()}
        {noun.slice(1)} {view.start + 1}–{view.end} of {count}
      </span>
      <button type="button" disabled={view.page === view.pages - 1} onClick={() => view.turn(view.page + 1)}>
        Next {noun}
      </button>
    </div>
  );
}
