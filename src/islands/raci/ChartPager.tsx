import { useEffect } from "preact/hooks";
import { TASKS_PER_PAGE, chartPage, pageCount, printing, shownPage, taskIds } from "./raci-state";

/** Shows every task while the page prints (the rows are drawn before the browser lays out the printout). */
export function usePrintWholeChart(): void {
  useEffect(() => {
    const query = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    const start = () => (printing.value = true);
    const end = () => (printing.value = false);
    const follow = () => (printing.value = query?.matches ?? false);
    window.addEventListener("beforeprint", start);
    window.addEventListener("afterprint", end);
    query?.addEventListener("change", follow);
    return () => {
      window.removeEventListener("beforeprint", start);
      window.removeEventListener("afterprint", end);
      query?.removeEventListener("change", follow);
    };
  }, []);
}

/** Turns the pages of a chart of more than TASKS_PER_PAGE tasks; says which tasks are shown. */
export function ChartPager() {
  const pages = pageCount.value;
  if (pages === 1) return null;
  const page = shownPage.value;
  const total = taskIds.value.length;
  const first = page * TASKS_PER_PAGE + 1;
  const last = Math.min(total, first + TASKS_PER_PAGE - 1);
  const turn = (to: number) => () => {
    if (to >= 0 && to < pages) chartPage.value = to;
  };
  return (
    <div class="raci-pager no-print">
      <p role="status">
        Tasks {first}–{last} of {total}. Page {page + 1} of {pages}.
      </p>
      <button type="button" aria-disabled={page === 0 ? true : undefined} onClick={turn(page - 1)}>
        Previous tasks
      </button>
      <button type="button" aria-disabled={page === pages - 1 ? true : undefined} onClick={turn(page + 1)}>
        Next tasks
      </button>
    </div>
  );
}
