import "~/styles/plan.css";
import { useEffect, useState } from "preact/hooks";
import { assemblePlan } from "~/lib/plan/assemble-plan";
import type { PlanDocument, StepInfo } from "~/lib/plan/plan-document";
import { readSharedPlan } from "~/lib/share/shared-plan";
import { TOOLS } from "~/lib/tools";
import { PlanView } from "./PlanView";
import { SaveSharedCopy } from "./SaveSharedCopy";

type Shown = { state: "reading" } | { state: "refused"; message: string } | { state: "shown"; doc: PlanDocument; text: string };

/** What the link in the address bar holds, checked as an import is, without reading or writing this browser's storage. */
async function readLink(steps: readonly StepInfo[]): Promise<Shown> {
  if (location.hash.length <= 1) {
    return { state: "refused", message: "The address has no plan in it: everything after “#” is missing. Ask for the link again." };
  }
  const read = await readSharedPlan(location.hash, TOOLS);
  if (!read.ok) return { state: "refused", message: read.message };
  return { state: "shown", doc: assemblePlan(read.snapshot, steps, { now: Date.now() }), text: read.text };
}

/** /plan/view/: a plan shared by link, read-only, with a way to save a copy in this browser. */
export default function SharedPlan({ steps }: { steps: StepInfo[] }) {
  const [shown, setShown] = useState<Shown>({ state: "reading" });
  useEffect(() => {
    const show = () => void readLink(steps).then(setShown, (error: unknown) => setShown({ state: "refused", message: String(error) }));
    show();
    window.addEventListener("hashchange", show);
    return () => window.removeEventListener("hashchange", show);
  }, [steps]);

  if (shown.state === "reading") return <p role="status">Reading the shared plan…</p>;
  if (shown.state === "refused") {
    return (
      <div role="alert" class="notice notice--error">
        <p>This share link cannot be opened. {shown.message}</p>
        <p>Nothing in this browser was changed.</p>
      </div>
    );
  }
  return (
    <div class="shared-plan">
      <div class="notice">
        <p>
          This is a read-only copy of a plan shared with you by link. It is shown from the link alone: nothing is saved in this browser
          unless you save a copy.
        </p>
        {/* One per link: a question asked about the last link closes when the address changes to another. */}
        <SaveSharedCopy key={shown.text} text={shown.text} />
      </div>
      <PlanView doc={shown.doc} />
    </div>
  );
}
