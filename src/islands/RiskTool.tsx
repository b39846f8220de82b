import "~/styles/risks.css";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import { insertAt } from "~/lib/list";
import { storedPartnerNames } from "~/lib/partners";
import {
  type CellFilter,
  ENTRY_ORDER,
  type SortKey,
  type SortOrder,
  type View,
  filterRows,
  nextOrder,
  numbered,
  sortRows,
} from "~/lib/risks/register";
import { riskCsvFileName, riskRegisterCsv } from "~/lib/risks/risks-csv";
import { type Risk, risksTool } from "~/lib/risks/risks-tool";
import { type BandLimits, impactLabel, likelihoodLabel } from "~/lib/risks/scoring";
import { browserStorage } from "~/lib/storage/safe-storage";
import { ScoringMethod } from "./risks/ScoringMethod";
import { OWNER_LIST_ID } from "./risks/parts";
import { RiskForm } from "./risks/RiskForm";
import { RiskMatrix } from "./risks/RiskMatrix";
import { RiskPrintout } from "./risks/RiskPrintout";
import { restoreFocus } from "./risks/RegisterRow";
import { RiskRegisterTable } from "./risks/RiskRegisterTable";
import { RiskSummary } from "./risks/RiskSummary";
import { usePrinting } from "./risks/use-printing";
import { SaveNotice } from "./shared/SaveNotice";
import { useAfterPaint } from "./shared/after-paint";
import { ToolBar } from "./shared/ToolBar";
import { UndoBar } from "./shared/UndoBar";
import { downloadText, todayStamp } from "./shared/download";
import { useToolState } from "./shared/use-tool-state";
import { useUndo } from "./shared/use-undo";
import { useLatest } from "./shared/use-latest";

/** Partner organizations stored by other tools, then owners already used here, without repeats. */
function ownerChoices(partners: readonly string[], risks: readonly Risk[]): string[] {
  return [...new Set([...partners, ...risks.map((r) => r.owner.trim()).filter(Boolean)])];
}

function describeFilter(cell: CellFilter, shown: number): string {
  const where = `likelihood ${cell.likelihood} (${likelihoodLabel(cell.likelihood)}) and impact ${cell.impact} (${impactLabel(cell.impact)})`;
  return `Showing the ${shown} ${shown === 1 ? "risk" : "risks"} at ${where}, ${cell.view}.`;
}

/** Step 5: the risk register with its 5 × 5 likelihood × impact matrix, before and after mitigation. */
export default function RiskTool() {
  const state = useToolState(risksTool);
  const { data, update } = state;
  const undo = useUndo();
  const [view, setView] = useState<View>("inherent");
  const [filter, setFilter] = useState<CellFilter | null>(null);
  const [order, setOrder] = useState<SortOrder>(ENTRY_ORDER);
  const [partners, setPartners] = useState<string[]>([]);
  const sectionRef = useRef<HTMLElement>(null);
  const printing = usePrinting();
  useEffect(() => setPartners(storedPartnerNames(browserStorage())), []);

  const hasRisks = data.risks.length > 0;
  // The matrix, register and summary show the risks as of the last painted frame: a risk added in the form (or a change
  // made in the register) reaches them in a render of their own, just after the frame that answers the reader, so that
  // frame does not wait for the browser to lay out and paint a longer register. The rows (and the callbacks below) stay
  // the same from render to render while those risks do, so the memoised matrix, register and summary are skipped
  // altogether by the render that answers a click in the form.
  const settled = useAfterPaint(data.risks);
  const rows = useMemo(() => numbered(settled), [settled]);
  const shown = useMemo(() => sortRows(filterRows(rows, filter), order), [rows, filter, order]);
  useLayoutEffect(restoreFocus, [settled]);

  // The register's row handlers stay the same function from render to render (update and offer are stable), so a
  // change re-renders only the row it touches; they find the risk a row number stands for in the risks the register
  // shows, and change it by its id.
  const latest = useLatest(settled);
  const { offer } = undo;
  const change = useCallback(
    (number: number, patch: Partial<Risk>) => {
      const id = latest.current[number - 1]?.id;
      update((d) => ({ ...d, risks: d.risks.map((r) => (r.id === id ? { ...r, ...patch } : r)) }));
    },
    [update, latest],
  );
  const showView = useCallback((next: View) => {
    setView(next);
    setFilter(null);
  }, []);
  const sortBy = useCallback((key: SortKey) => setOrder((current) => nextOrder(current, key)), []);
  const setLimits = useCallback((limits: BandLimits) => update((d) => ({ ...d, limits })), [update]);
  const remove = useCallback(
    (number: number) => {
      const risk = latest.current[number - 1];
      if (!risk) return;
      update((d) => ({ ...d, risks: d.risks.filter((r) => r.id !== risk.id) }));
      offer({
        message: `Deleted risk ${number}, “${risk.title}”.`,
        undo: () => update((d) => ({ ...d, risks: insertAt(d.risks, number - 1, risk) })),
      });
      // The deleted row took the focus with it; hand it to the Undo button.
      setTimeout(() => sectionRef.current?.querySelector<HTMLButtonElement>(".undo-bar button")?.focus(), 0);
    },
    [update, offer, latest],
  );

  return (
    <section class="tool risk-tool" ref={sectionRef} aria-labelledby="risk-tool-title" data-pagefind-ignore>
      <h2 id="risk-tool-title">Risk register</h2>
      <p>
        List what could go wrong in the partnership, score each risk before and after you mitigate it, and see where the risks sit on the
        matrix. It is saved in this browser only.
      </p>
      <SaveNotice state={state} title={risksTool.title} />
      <ToolBar
        hasData={hasRisks}
        noun="risks"
        onExample={async () => {
          // The example loads only when asked for, keeping it out of the page's first download.
          const { risksExample } = await import("~/lib/risks/risks-example");
          setFilter(null);
          update((d) => ({ ...d, risks: risksExample() }));
        }}
        onClear={() => {
          setFilter(null);
          update((d) => ({ ...d, risks: [] }));
        }}
      >
        <button
          type="button"
          disabled={!hasRisks}
          onClick={() => downloadText(riskCsvFileName(todayStamp()), riskRegisterCsv(data.risks, data.limits), "text/csv;charset=utf-8")}
        >
          Export CSV
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </ToolBar>
      <ScoringMethod limits={data.limits} onLimits={setLimits} />
      {/* The owners offered follow the register, a frame after a change, so the frame that answers "Add risk" leaves
          every owner field that offers them as it was. */}
      <datalist id={OWNER_LIST_ID}>
        {ownerChoices(partners, settled).map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <h3 class="no-print">Add a risk</h3>
      <RiskForm
        limits={data.limits}
        count={data.risks.length}
        onAdd={(risk) => {
          setFilter(null);
          update((d) => ({ ...d, risks: [...d.risks, risk] }));
        }}
      />
      <h3>Matrix</h3>
      <RiskMatrix rows={rows} view={view} limits={data.limits} filter={filter} onView={showView} onFilter={setFilter} />
      <h3>Register</h3>
      <div class="risk-filter" aria-live="polite">
        {filter && (
          <p>
            {describeFilter(filter, shown.length)}{" "}
            <button
              type="button"
              onClick={() => {
                setFilter(null);
                // The button goes away with the filter; the register takes the focus.
                setTimeout(() => document.getElementById("risk-register-region")?.focus(), 0);
              }}
            >
              Show all risks
            </button>
          </p>
        )}
      </div>
      <UndoBar last={undo.last} onUndo={undo.undo} onDismiss={undo.dismiss} />
      {rows.length > 0 ? (
        <RiskRegisterTable
          rows={shown}
          total={rows.length}
          order={order}
          limits={data.limits}
          onSort={sortBy}
          onChange={change}
          onDelete={remove}
        />
      ) : (
        <p class="tool__empty">No risks yet. Add your first one above, or load the example to see a finished register.</p>
      )}
      {printing && <RiskPrintout rows={numbered(data.risks)} limits={data.limits} />}
      {rows.length > 0 && <RiskSummary rows={rows} limits={data.limits} />}
    </section>
  );
}
