import "~/styles/plan.css";
import { useEffect, useMemo, useState } from "preact/hooks";
import { assemblePlan } from "~/lib/plan/assemble-plan";
import type { StepInfo } from "~/lib/plan/plan-document";
import { planReadingOf } from "~/lib/plan/plan-snapshot";
import { BACKUP_PREFIX } from "~/lib/storage/record";
import { browserStorage, keysWithPrefix } from "~/lib/storage/safe-storage";
import { type SavedItem, inspectSaved } from "~/lib/storage/workspace";
import { TOOLS } from "~/lib/tools";
import { PlanOverview } from "./plan/PlanOverview";
import { PlanView } from "./plan/PlanView";
import { SavedInBrowser } from "./plan/SavedInBrowser";

/** /plan/: the partnership plan assembled from every step's saved work, then export, import and delete. */
export default function PlanManager({ steps }: { steps: StepInfo[] }) {
  const [items, setItems] = useState<SavedItem[] | null>(null);
  const [backups, setBackups] = useState<string[]>([]);

  const refresh = () => {
    const storage = browserStorage();
    setItems(inspectSaved(TOOLS, storage));
    setBackups(keysWithPrefix(storage, BACKUP_PREFIX));
  };
  useEffect(() => {
    refresh();
    window.addEventListener("storage", refresh);
    return () => window.removeEventListener("storage", refresh);
  }, []);

  const doc = useMemo(() => {
    if (items === null) return null;
    const { snapshot, unreadable } = planReadingOf(items);
    return assemblePlan(snapshot, steps, { now: Date.now(), unreadable });
  }, [items, steps]);

  return (
    <div class="plan" data-pagefind-ignore>
      {doc === null ? (
        <p>Reading your saved work…</p>
      ) : (
        <>
          <PlanOverview doc={doc} />
          <p class="plan-actions">
            <button type="button" onClick={() => window.print()}>
              Print the plan
            </button>
          </p>
          <PlanView doc={doc} />
        </>
      )}
      <SavedInBrowser items={items} backups={backups} refresh={refresh} />
    </div>
  );
}
