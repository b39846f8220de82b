import "~/styles/plan.css";
import { useEffect, useRef, useState } from "preact/hooks";
import type { PlanDocument, StepInfo } from "~/lib/plan/plan-document";
import { emptyPlan } from "~/lib/plan/plan-outline";
import { BACKUP_PREFIX, KEY_PREFIX } from "~/lib/storage/keys";
import { browserStorage, keysWithPrefix } from "~/lib/storage/safe-storage";
import type { SavedItem } from "~/lib/storage/workspace";
import { loadStorageCode } from "./plan/load-storage-code";
import { PlanOutputs } from "./plan/PlanOutputs";
import { PlanOverview } from "./plan/PlanOverview";
import { PlanView } from "./plan/PlanView";
import { useRunningHeader } from "./plan/running-header";
import { SavedInBrowser } from "./plan/SavedInBrowser";

/** /plan/: the partnership plan assembled from every step's saved work, then export, import and delete. */
export default function PlanManager({ steps }: { steps: StepInfo[] }) {
  const [items, setItems] = useState<SavedItem[] | null>(null);
  const [backups, setBackups] = useState<string[]>([]);
  const storageCodeLoaded = useRef(false);

  const refresh = () => {
    const storage = browserStorage();
    setBackups(keysWithPrefix(storage, BACKUP_PREFIX));
    // Nothing saved: no tool's schema is needed to say so. Once loaded, the storage code reads every time.
    if (!storageCodeLoaded.current && keysWithPrefix(storage, KEY_PREFIX).length === 0) {
      setItems([]);
      return;
    }
    void loadStorageCode().then(({ inspectAll }) => {
      storageCodeLoaded.current = true;
      setItems(inspectAll(storage));
    });
  };
  useEffect(() => {
    refresh();
    window.addEventListener("storage", refresh);
    return () => window.removeEventListener("storage", refresh);
  }, []);

  const doc = usePlan(items, steps);
  useRunningHeader(doc);

  return (
    <div class="plan" data-pagefind-ignore>
      {doc === null ? (
        <p>{items === null ? "Reading your saved work…" : "Putting your plan together…"}</p>
      ) : (
        <>
          <PlanOverview doc={doc} />
          <p class="plan-actions">
            <button type="button" onClick={() => window.print()}>
              Print the plan
            </button>
          </p>
          <PlanOutputs getDocument={() => doc} getExportJson={exportJson} />
          <PlanView doc={doc} />
        </>
      )}
      <SavedInBrowser items={items} backups={backups} refresh={refresh} />
    </div>
  );
}

/** The export a share link carries, as "Export your plan" writes it. */
async function exportJson(): Promise<string> {
  const { TOOLS, exportWorkspace } = await loadStorageCode();
  return JSON.stringify(exportWorkspace(TOOLS, browserStorage(), Date.now()).file);
}

/**
 * The plan of what `items` hold ([]: nothing saved); null until it is ready. The assembly, with every tool's calculations, is loaded
 * only when something is saved: a reader who has saved nothing gets the empty plan from the step list alone.
 */
function usePlan(items: SavedItem[] | null, steps: StepInfo[]): PlanDocument | null {
  const [doc, setDoc] = useState<PlanDocument | null>(null);
  useEffect(() => {
    if (items === null) return;
    if (items.every((item) => item.state === "empty")) {
      setDoc(emptyPlan(steps, Date.now()));
      return;
    }
    let current = true;
    void Promise.all([import("~/lib/plan/assemble-plan"), import("~/lib/plan/plan-snapshot")]).then(
      ([{ assemblePlan }, { planReadingOf }]) => {
        const { snapshot, unreadable } = planReadingOf(items);
        if (current) setDoc(assemblePlan(snapshot, steps, { now: Date.now(), unreadable }));
      },
    );
    return () => {
      current = false;
    };
  }, [items, steps]);
  return doc;
}
