import { useState } from "preact/hooks";
import { browserStorage } from "~/lib/storage/safe-storage";
import { type ImportPlan, applyImport, readWorkspace } from "~/lib/storage/workspace";
import { TOOLS } from "~/lib/tools";
import { ReplaceQuestion } from "./ReplaceQuestion";

type Ready = Extract<ImportPlan, { ok: true }>;
type Said = { kind: "error" | "done"; text: string; saved?: boolean } | null;

/**
 * "Save a copy in this browser": the shared export goes through the same checks and question as /plan/'s import,
 * against this browser's storage, and never replaces saved work without asking.
 */
export function SaveSharedCopy({ text }: { text: string }) {
  const [pending, setPending] = useState<Ready | null>(null);
  const [said, setSaid] = useState<Said>(null);

  const save = ({ entries, notes }: Ready) => {
    setPending(null);
    const result = applyImport(entries, browserStorage(), Date.now());
    const saved = `Saved in this browser: ${entries.map((e) => e.tool.title).join(", ")}. ${notes.join(" ")}`.trim();
    setSaid(result.ok ? { kind: "done", text: saved, saved: true } : { kind: "error", text: result.message });
  };

  const onSave = () => {
    const plan = readWorkspace(text, TOOLS, browserStorage());
    if (!plan.ok) setSaid({ kind: "error", text: `${plan.message} Nothing was changed.` });
    else if (plan.replaces.length > 0) {
      setSaid(null);
      setPending(plan);
    } else save(plan);
  };

  return (
    <div class="shared-plan__save">
      <button type="button" onClick={onSave}>
        Save a copy in this browser
      </button>
      {pending && (
        <ReplaceQuestion
          source="The shared plan"
          replaces={pending.replaces}
          keptAside={pending.keptAside}
          onReplace={() => save(pending)}
          onCancel={() => {
            setPending(null);
            setSaid({ kind: "done", text: "Nothing was saved: your own work is as it was." });
          }}
        />
      )}
      <div role="alert">{said?.kind === "error" && <p class="notice notice--error">{said.text}</p>}</div>
      <div role="status">
        {said?.kind === "done" && (
          <p class="notice notice--done">
            {said.text}
            {said.saved && (
              <>
                {" "}
                <a href="/plan/">Open your plan</a>
              </>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
