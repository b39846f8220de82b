import { type ReadonlySignal, useSignal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useMemo, useRef, useState } from "preact/hooks";
import { CSV_TYPE, type CsvExport, type ToolExports, csvLabel, exportFileName } from "~/lib/exports";
import { storageKey } from "~/lib/storage/keys";
import { browserStorage, describeProblem, readItem } from "~/lib/storage/safe-storage";
import { afterPaint } from "./after-paint";
import { downloadText, todayStamp } from "./download";
import { type FieldScope, FieldScopeContext } from "./fields";
import { HistoryBar, type Said } from "./HistoryBar";
import { printOnly } from "./print";
import { ToolBar } from "./ToolBar";
import type { ToolState } from "./tool-state";

interface Props<T> {
  state: ToolState<T>;
  /** Id of the section, also the prefix of its heading's id. */
  id: string;
  /**
   * Whether the tool holds anything (loading the example would replace it, Clear has something to delete). A signal,
   * read by the toolbar alone: a tool that read it to pass a boolean would re-render whole when it turns.
   */
  hasData: ReadonlySignal<boolean>;
  /** What the tool's items are called in the toolbar's questions: "risks". */
  noun: string;
  /** The worked example, loaded on demand. */
  example: () => Promise<T>;
  exports?: ToolExports<T>;
  /** Text under the heading. */
  intro: ComponentChildren;
  children: ComponentChildren;
}

/**
 * The frame every tool shares: heading, save notices, toolbar (example, exports, print, clear), Undo and Redo with
 * their keyboard shortcuts, and the scope its fields save through. A tool writes only what is its own inside it.
 */
export function ToolFrame<T>({ state, id, hasData, noun, example, exports, intro, children }: Props<T>) {
  // What the last Undo or Redo did, shown until the history moves on. The frame reads no state signal but `ready`
  // (which turns once), so an edit re-renders the parts that show it, not the frame and the tool inside it.
  const [said, setSaid] = useState<Said | null>(null);
  const say = (text: string) => setSaid({ text, at: state.history.peek() });
  const announcement = useSignal("");
  const scope = useMemo<FieldScope>(
    () => ({
      ready: state.ready,
      setEditing: state.setEditing,
      // Emptied first, so that the same message said twice is read twice.
      announce: (text) => {
        announcement.value = "";
        afterPaint(() => (announcement.value = text));
      },
    }),
    [state, announcement],
  );
  const section = useRef<HTMLElement>(null);
  const undo = () => {
    const label = state.undo();
    say(label ? `Undid: ${label}.` : "Nothing to undo.");
  };
  const redo = () => {
    const label = state.redo();
    say(label ? `Redid: ${label}.` : "Nothing to redo.");
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) undo();
    else if ((key === "z" && event.shiftKey) || key === "y") redo();
    else return;
    event.preventDefault();
  };
  return (
    <section
      ref={section}
      id={id}
      class="tool"
      aria-labelledby={`${id}-title`}
      data-pagefind-ignore
      data-ready={state.ready.value ? "" : undefined}
      onKeyDown={onKeyDown}
      onClickCapture={() => keepFocusIn(section.current)}
    >
      <h2 id={`${id}-title`} tabIndex={-1}>
        {state.tool.title}
      </h2>
      {intro}
      <Notices state={state} noun={noun} />
      <ToolBar
        hasData={hasData}
        noun={noun}
        onExample={async () => {
          const data = await example();
          state.apply("Load example", () => data);
        }}
        onClear={() => state.apply(`Clear the ${noun}`, () => state.tool.empty())}
      >
        {exports?.csv.map((table) => (
          <CsvButton key={table.name} state={state} table={table} />
        ))}
        {exports?.print && (
          <button type="button" onClick={() => printOnly(id)}>
            Print
          </button>
        )}
      </ToolBar>
      <HistoryBar history={state.history} said={said} onUndo={undo} onRedo={redo} />
      <FieldScopeContext.Provider value={scope}>{children}</FieldScopeContext.Provider>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

/**
 * After a click (or Enter or Space on a button) inside the tool: if the control that had the focus has left the page or
 * turned disabled (a deleted row's Delete button, a Clear with nothing left to clear), the focus goes to Undo, which
 * takes the change back, or to the tool's heading when there is nothing to undo, instead of the page's body, where the
 * reader's place is lost and Ctrl+Z reaches no tool. A click that focused nothing (on text) is left alone. Run as the
 * click goes down to its target: a tool may remove the control within the click's own handler.
 */
function keepFocusIn(section: HTMLElement | null): void {
  const had = document.activeElement;
  if (!section || !(had instanceof HTMLElement) || !section.contains(had)) return;
  afterPaint(() => {
    const now = document.activeElement;
    if (!section.isConnected || (now && now !== document.body)) return;
    if (had.isConnected && !had.matches(":disabled")) return;
    const undo = section.querySelector<HTMLButtonElement>(".history-bar button");
    const target = undo && undo.getAttribute("aria-disabled") !== "true" ? undo : section.querySelector<HTMLElement>("h2");
    target?.focus();
  });
}

/** Downloads one of the tool's CSV tables; disabled while the table has nothing to download. */
function CsvButton<T>({ state, table }: { state: ToolState<T>; table: CsvExport<T> }) {
  const available = table.available ? table.available(state.data.value) : true;
  return (
    <button
      type="button"
      disabled={!available}
      onClick={() => {
        const text = table.csv(state.data.value);
        if (text !== null) downloadText(exportFileName(table.name, todayStamp(), "csv"), text, CSV_TYPE);
      }}
    >
      {csvLabel(table.name)}
    </button>
  );
}

/**
 * Downloads the tool's data as the page holds it, as a plan file with this one tool: the plan page's own export reads
 * what storage holds, which is not this work while saving fails. The export code loads on this click only.
 */
async function downloadUnsaved<T>(state: ToolState<T>): Promise<void> {
  const { exportToolData } = await import("~/lib/storage/workspace");
  const file = exportToolData(state.tool, state.data.peek(), Date.now());
  if (file) downloadText(exportFileName(`${state.tool.id} unsaved`, todayStamp(), "json"), JSON.stringify(file, null, 2));
}

/** The tool's saved record exactly as stored (one this page cannot use), as a file; nothing when it cannot be read. */
function downloadSaved(toolId: string): void {
  const read = readItem(browserStorage(), storageKey(toolId));
  if (read.ok && read.value !== null) downloadText(exportFileName(`saved ${toolId}`, todayStamp(), "json"), read.value);
}

/** Tells the reader, in words, when their work is not being saved or was recovered. */
function Notices<T>({ state, noun }: { state: ToolState<T>; noun: string }) {
  const save = state.save.value;
  const recovery = state.recovery.value;
  return (
    <div class="save-notice" data-pagefind-ignore>
      {recovery && (
        <div role="alert" class="notice notice--warning">
          <p>
            Your saved {noun} could not be read, so the tool started empty. {recovery.message}{" "}
            {recovery.backupKey
              ? "A copy of it is kept in this browser; download it to keep it safe or send it to us."
              : "It is still in this browser; download it now."}
          </p>
          <button
            type="button"
            onClick={() => downloadText(exportFileName(`unreadable ${state.tool.id}`, todayStamp(), "json"), recovery.raw)}
          >
            Download the unreadable data
          </button>
          {recovery.backupKey && (
            <button type="button" class="button--quiet" onClick={() => state.dismissRecovery()}>
              Dismiss
            </button>
          )}
        </div>
      )}
      {save.kind === "failed" && (
        <div role="alert" class="notice notice--warning">
          <p>
            Your work is not being saved: {describeProblem(save.problem)}. It stays on this page until you close it; saving starts again by
            itself when it can. To keep a copy now, download your {noun}: the file can be imported later on <a href="/plan/">Your plan</a>.
          </p>
          <button type="button" onClick={() => void downloadUnsaved(state)}>
            Download your {noun}
          </button>
        </div>
      )}
      {save.kind === "read-only" && (
        <div role="alert" class="notice notice--warning">
          <p>
            {save.message} It has been left as it was. Reload the page to use the newest version of the guide; changes made here are not
            saved. To keep a copy of it elsewhere, download it: the file can be imported on <a href="/plan/">Your plan</a> once the page has
            updated.
          </p>
          <button type="button" onClick={() => downloadSaved(state.tool.id)}>
            Download the saved data
          </button>
        </div>
      )}
      {save.kind === "conflict" && (
        <div role="alert" class="notice notice--warning">
          <p>Your {noun} changed in another tab while you were editing here. Which version do you want to keep?</p>
          <button type="button" onClick={() => state.resolveConflict("theirs")}>
            Load the other tab's version
          </button>
          <button type="button" onClick={() => state.resolveConflict("mine")}>
            Keep this tab's version
          </button>
        </div>
      )}
      <p role="status" class="save-status">
        {save.kind === "saved" ? "All changes saved in this browser." : save.kind === "pending" ? "Saving…" : ""}
      </p>
    </div>
  );
}
