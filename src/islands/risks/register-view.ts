import { type ReadonlySignal, type Signal, batch, computed, signal } from "@preact/signals";
import {
  type CellFilter,
  ENTRY_ORDER,
  type RegisterPage,
  type SortKey,
  type SortOrder,
  type View,
  filterRows,
  keepInPlace,
  nextOrder,
  pageOf,
  sortRows,
} from "~/lib/risks/register";
import { computedList } from "../shared/select";
import { placedRows } from "./risks-state";

/** The risk being edited, and where it stood in the register when the reader opened it. */
interface Editing {
  id: string;
  index: number;
}

/** How the reader is looking at the register: the matrix view, the cell it is filtered to, its order and page. */
export interface RegisterView {
  readonly view: Signal<View>;
  readonly filter: ReadonlySignal<CellFilter | null>;
  readonly order: ReadonlySignal<SortOrder>;
  readonly editing: ReadonlySignal<Editing | null>;
  /** The page shown, sorted and filtered; its rows place the risks, read each one's fields from `riskById`. */
  readonly page: ReadonlySignal<RegisterPage>;
  /** The ids on the page shown: changes when other risks come into view, not when one is edited. */
  readonly pageIds: ReadonlySignal<readonly string[]>;
  showView(view: View): void;
  filterTo(cell: CellFilter | null): void;
  sortBy(key: SortKey): void;
  turnTo(page: number): void;
  /** Opens the fields of risk `id` (closing any other), or closes them with null. */
  edit(id: string | null): void;
}

/**
 * One register view per tool on the page. Changing the filter, order or page closes the risk being edited; while one
 * is open, it keeps its place in the register whatever its scores become.
 */
export function createRegisterView(): RegisterView {
  const view = signal<View>("inherent");
  const filter = signal<CellFilter | null>(null);
  const order = signal<SortOrder>(ENTRY_ORDER);
  const pageNumber = signal(0);
  const editing = signal<Editing | null>(null);
  const shown = computed(() => {
    const rows = sortRows(filterRows(placedRows.value, filter.value), order.value);
    const open = editing.value;
    return open ? keepInPlace(rows, placedRows.value, open.id, open.index) : rows;
  });
  const page = computed(() => pageOf(shown.value, pageNumber.value));
  const pageIds = computedList(() => page.value.rows.map((row) => row.risk.id));
  const move = (change: () => void) =>
    batch(() => {
      editing.value = null;
      change();
    });
  return {
    view,
    filter,
    order,
    editing,
    page,
    pageIds,
    showView: (next) => move(() => ((view.value = next), (filter.value = null), (pageNumber.value = 0))),
    filterTo: (cell) => move(() => ((filter.value = cell), (pageNumber.value = 0))),
    sortBy: (key) => move(() => ((order.value = nextOrder(order.peek(), key)), (pageNumber.value = 0))),
    turnTo: (next) => move(() => (pageNumber.value = next)),
    edit: (id) => {
      const index = id === null ? -1 : shown.peek().findIndex((row) => row.risk.id === id);
      editing.value = id === null || index < 0 ? null : { id, index };
    },
  };
}
