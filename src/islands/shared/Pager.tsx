import type { Signal } from "@preact/signals";
import { useState } from "preact/hooks";
import { type Page, pageOf } from "~/lib/paging";
import { printing, useFollowPrinting } from "./printing";

/** A page of a long list and a way to turn it. */
export type PageView = Page & { turn: (page: number) => void };

/**
 * The page of a list of `count` rows the reader turned to, `size` rows a page; every row while the page prints. With
 * `shared`, the page number lives there, so another part of the tool can turn it (to show a row just added).
 */
export function usePage(count: number, size?: number, shared?: Signal<number>): PageView {
  const [own, setOwn] = useState(0);
  useFollowPrinting();
  const turn = shared ? (to: number) => (shared.value = to) : setOwn;
  const shown = pageOf(count, shared ? shared.value : own, size);
  return printing.value ? { ...shown, start: 0, end: count, turn } : { ...shown, turn };
}

interface Props {
  /** What the rows are, for the buttons' and the status's words: "contributions". */
  noun: string;
  count: number;
  view: PageView;
}

/**
 * Previous and next page of a long list, and which rows are shown; nothing while the rows fit on one page. The buttons
 * stay focusable at either end (`aria-disabled`), so the focus is not lost by turning to the last page.
 */
export function Pager({ noun, count, view }: Props) {
  if (view.pages <= 1) return null;
  const turn = (to: number) => () => {
    if (to >= 0 && to < view.pages) view.turn(to);
  };
  const last = view.page === view.pages - 1;
  return (
    <div class="pager no-print" role="group" aria-label={`Pages of the ${noun}`}>
      <p role="status" class="pager__status">
        {noun[0]?.toUpperCase()}
        {noun.slice(1)} {view.start + 1}–{view.end} of {count}. Page {view.page + 1} of {view.pages}.
      </p>
      <button type="button" aria-disabled={view.page === 0 ? true : undefined} onClick={turn(view.page - 1)}>
        Previous {noun}
      </button>
      <button type="button" aria-disabled={last ? true : undefined} onClick={turn(view.page + 1)}>
        Next {noun}
      </button>
    </div>
  );
}
