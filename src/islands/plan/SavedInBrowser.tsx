import { useState } from "preact/hooks";
import { BACKUP_PREFIX, KEY_PREFIX, storageKey } from "~/lib/storage/keys";
import { type StorageProblem, browserStorage, describeProblem, keepAside, readItem, removeItem } from "~/lib/storage/safe-storage";
import type { ImportEntry, SavedItem } from "~/lib/storage/workspace";
import { ConfirmButton } from "../shared/ConfirmButton";
import { downloadText, todayStamp } from "../shared/download";
import { loadStorageCode } from "./load-storage-code";
import { ReplaceQuestion } from "./ReplaceQuestion";

type Message = { kind: "error" | "done"; text: string } | null;
type ReadyImport = { entries: ImportEntry[]; replaces: string[]; keptAside: string[]; notes: string[] };

interface Props {
  /** What storage holds per tool; [] when nothing is saved (and no tool's code was needed to see it); null until read. */
  items: SavedItem[] | null;
  /** Keys of the copies kept of saved data that could not be read. */
  backups: string[];
  /** Reads storage again after this part changed it. */
  refresh: () => void;
}

/** "Saved in this browser": what is saved per step, and export, import and delete of the whole workspace. */
export function SavedInBrowser({ items, backups, refresh }: Props) {
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<ReadyImport | null>(null);

  const doImport = async ({ entries, notes }: ReadyImport) => {
    const { applyImport } = await loadStorageCode();
    const result = applyImport(entries, browserStorage(), Date.now());
    setPending(null);
    const kept =
      result.ok && result.keptAside.length > 0 ? " What could not be read is kept under “Data that could not be read” below." : "";
    const done = `Imported ${entries.map((e) => e.tool.title).join(", ")}.${kept} ${notes.join(" ")}`.trim();
    setMessage(result.ok ? { kind: "done", text: done } : { kind: "error", text: result.message });
    refresh();
  };

  const onFile = async (file: File) => {
    setPending(null);
    const { MAX_IMPORT_BYTES, TOOLS, readWorkspace } = await loadStorageCode();
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ kind: "error", text: "The file is larger than 5 MB, more than any export of this guide. Nothing was changed." });
      return;
    }
    const plan = readWorkspace(await file.text(), TOOLS, browserStorage());
    if (!plan.ok) {
      setMessage({ kind: "error", text: `${plan.message} Nothing was changed.` });
      return;
    }
    if (plan.replaces.length > 0) {
      setMessage(null);
      setPending(plan);
      return;
    }
    await doImport(plan);
  };

  const exportAll = async () => {
    const { TOOLS, exportWorkspace } = await loadStorageCode();
    const { file, skipped } = exportWorkspace(TOOLS, browserStorage(), Date.now());
    downloadText(`pivotpath-plan-${todayStamp()}.json`, JSON.stringify(file, null, 2));
    setMessage({
      kind: "done",
      text: skipped.length ? `Exported your plan. Left out, because it could not be read: ${skipped.join(", ")}.` : "Exported your plan.",
    });
  };

  const savedCount = items?.filter((i) => i.state !== "empty").length ?? 0;

  return (
    <div class="plan-saved">
      <h2>Saved in this browser</h2>
      {items === null ? (
        <p>Reading your saved work…</p>
      ) : (
        <SavedTable
          items={items}
          problem={storageProblem()}
          onDelete={(item) => {
            const noun = item.tool.title.toLowerCase();
            // What this page cannot read (damaged, or from a newer version) is kept aside before it goes, as loading and
            // importing keep it: the copy is listed under "Data that could not be read", with a download.
            const unread = item.state === "newer" || item.state === "unreadable";
            if (unread) {
              const kept = keepAside(browserStorage(), item.tool.id, item.raw, Date.now());
              if (!kept.ok) {
                setMessage({
                  kind: "error",
                  text: `Your saved ${noun} could not be copied aside (${describeProblem(kept.problem)}), so it was not deleted.`,
                });
                return;
              }
            }
            removeItem(browserStorage(), storageKey(item.tool.id));
            const copy = unread ? " A copy is kept below, under “Data that could not be read”." : "";
            setMessage({ kind: "done", text: `Deleted your saved ${noun}.${copy}` });
            refresh();
          }}
        />
      )}

      <h2>Export</h2>
      <p>Download everything above as one file. Keep it somewhere safe; importing it here or in another browser brings your work back.</p>
      <button type="button" disabled={savedCount === 0} onClick={() => void exportAll()}>
        Export your plan
      </button>

      <h2>Import</h2>
      <p>Choose a file exported from this guide. It is checked completely before anything is changed.</p>
      <div class="field">
        <label for="plan-import">Import a plan file</label>
        <input
          id="plan-import"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void onFile(file);
            e.currentTarget.value = "";
          }}
        />
      </div>
      {pending && (
        <ReplaceQuestion
          source="The file"
          replaces={pending.replaces}
          keptAside={pending.keptAside}
          onReplace={() => void doImport(pending)}
          onCancel={() => setPending(null)}
        />
      )}
      <div role="alert">{message?.kind === "error" && <p class="notice notice--error">{message.text}</p>}</div>
      <div role="status">{message?.kind === "done" && <p class="notice notice--done">{message.text}</p>}</div>

      {backups.length > 0 && (
        <>
          <h2>Data that could not be read</h2>
          <p>
            These copies were kept when a tool found saved data it could not read. Download them before you delete them: a downloaded copy
            can be imported above once this guide can read it (a newer version's data, after the page has updated).
          </p>
          <ul>
            {backups.map((key) => (
              <li key={key}>
                {key.slice(BACKUP_PREFIX.length)}{" "}
                <button
                  type="button"
                  onClick={() => {
                    const read = readItem(browserStorage(), key);
                    if (read.ok && read.value !== null) downloadText(`${key.replace(/[^a-z0-9-]+/gi, "-")}.json`, read.value);
                  }}
                >
                  Download
                </button>{" "}
                <ConfirmButton
                  label="Delete"
                  question="Delete this copy?"
                  confirmLabel="Yes, delete the copy"
                  onConfirm={() => {
                    removeItem(browserStorage(), key);
                    refresh();
                  }}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function describe(item: SavedItem): string {
  switch (item.state) {
    case "empty":
      return "Nothing yet";
    case "saved":
      return `${item.summary || "Started"}, last changed ${new Date(item.savedAt).toLocaleString()}`;
    case "newer":
      return `Saved by a newer version of this guide; reload the page. ${item.message}`;
    case "unreadable":
      return `Could not be read: ${item.message} Open the tool's page to recover it.`;
    case "unavailable":
      return `Cannot be read: ${item.message}.`;
  }
}

/** Why this page cannot read the browser's storage at all (blocked, or none), or null when it can. */
function storageProblem(): StorageProblem | null {
  const read = readItem(browserStorage(), KEY_PREFIX);
  return read.ok ? null : read.problem;
}

/** What each tool has saved, with a Delete per tool; a line instead when nothing is saved, or nothing can be. */
function SavedTable({
  items,
  problem,
  onDelete,
}: {
  items: SavedItem[];
  problem: StorageProblem | null;
  onDelete: (item: SavedItem) => void;
}) {
  if (problem) {
    return (
      <p role="alert" class="notice notice--warning">
        The tools cannot save your work in this browser: {describeProblem(problem)}. Work done in a tool stays on its page until you close
        it. To keep it, use each tool's download, or open the guide in a window and browser that allow this site to store data.
      </p>
    );
  }
  if (items.length === 0) return <p>Nothing is saved in this browser yet: each step's tools save as you work.</p>;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label="Saved work per step">
      <table class="data-table">
        <caption>Saved work per step</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Tool</th>
            <th scope="col">What is saved</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.tool.id}>
              <td>{item.tool.step}</td>
              <th scope="row">{item.tool.title}</th>
              <td>{describe(item)}</td>
              <td>
                {item.state !== "empty" && item.state !== "unavailable" && (
                  <ConfirmButton
                    label={`Delete ${item.tool.title}`}
                    question={
                      item.state === "saved"
                        ? `Delete your saved ${item.tool.title.toLowerCase()}?`
                        : `Delete your saved ${item.tool.title.toLowerCase()}? This page cannot read it, so a copy is kept below for you to download.`
                    }
                    confirmLabel="Yes, delete it"
                    onConfirm={() => onDelete(item)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
