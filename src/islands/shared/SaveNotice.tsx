import { describeProblem } from "~/lib/storage/safe-storage";
import type { Recovery, SaveStatus, ToolStore } from "~/lib/storage/store";
import { downloadText, todayStamp } from "./download";

interface Props {
  /** A tool's state from useToolState. */
  state: {
    save: SaveStatus;
    recovery: Recovery | null;
    store: (Pick<ToolStore<unknown>, "resolveConflict" | "dismissRecovery"> & { tool: { id: string } }) | null;
  };
  /** Name of the tool, for the notice text. */
  title: string;
}

/** Tells the reader, in words, when their work is not being saved or was recovered. */
export function SaveNotice({ state, title }: Props) {
  const { save, recovery, store } = state;
  return (
    <div class="save-notice" data-pagefind-ignore>
      {recovery && (
        <div role="alert" class="notice notice--warning">
          <p>
            Your saved {title.toLowerCase()} could not be read, so the tool started empty. {recovery.message}{" "}
            {recovery.backupKey
              ? "A copy of it is kept in this browser; download it to keep it safe or send it to us."
              : "It is still in this browser; download it now."}
          </p>
          <button
            type="button"
            onClick={() => downloadText(`pivotpath-unreadable-${store?.tool.id ?? "data"}-${todayStamp()}.json`, recovery.raw)}
          >
            Download the unreadable data
          </button>
          {recovery.backupKey && (
            <button type="button" class="button--quiet" onClick={() => store?.dismissRecovery()}>
              Dismiss
            </button>
          )}
        </div>
      )}
      {save.kind === "failed" && (
        <p role="alert" class="notice notice--warning">
          Your work is not being saved: {describeProblem(save.problem)}. It stays on this page until you close it. Export it from{" "}
          <a href="/plan/">Your plan</a> to keep a copy; saving starts again by itself when it can.
        </p>
      )}
      {save.kind === "read-only" && (
        <p role="alert" class="notice notice--warning">
          {save.message} It has been left as it was. Reload the page to use the newest version of the guide; changes made here are not
          saved.
        </p>
      )}
      {save.kind === "conflict" && (
        <div role="alert" class="notice notice--warning">
          <p>The {title.toLowerCase()} was changed in another tab while you were editing it here. Which version do you want to keep?</p>
          <button type="button" onClick={() => store?.resolveConflict("theirs")}>
            Load the other tab's version
          </button>
          <button type="button" onClick={() => store?.resolveConflict("mine")}>
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
