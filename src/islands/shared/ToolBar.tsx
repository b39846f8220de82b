import type { ReadonlySignal } from "@preact/signals";
import { useState } from "preact/hooks";
import { afterPaint } from "./after-paint";
import { ConfirmButton } from "./ConfirmButton";

interface Props {
  /** Whether the tool holds any data, so loading the example would replace it; read here, not in the tool. */
  hasData: ReadonlySignal<boolean>;
  /** What the tool's items are called, e.g. "risks". */
  noun: string;
  /** Fills the tool with the worked example; may load it first. */
  onExample: () => void | Promise<void>;
  onClear: () => void;
  children?: preact.ComponentChildren;
}

/** "Load example" and "Clear" (which asks first), plus any tool-specific actions such as exports. */
export function ToolBar({ hasData: hasDataSignal, noun, onExample: loadExample, onClear: clear, children }: Props) {
  const hasData = hasDataSignal.value;
  const [busy, setBusy] = useState<string | null>(null);
  const later = (message: string, work: () => void | Promise<void>) => () => {
    if (busy) return;
    setBusy(message);
    afterPaint(() => {
      Promise.resolve()
        .then(work)
        .catch(() => undefined)
        .finally(() => setBusy(null));
    });
  };
  const onExample = later("Loading the example…", loadExample);
  const onClear = later(`Deleting your ${noun}…`, clear);
  return (
    <div class="toolbar" role="group" aria-label="Tool actions">
      <ConfirmButton
        label="Load example"
        question={`Replace your ${noun} with the example?`}
        confirmLabel="Yes, load the example"
        onConfirm={onExample}
        ask={hasData}
      />
      {children}
      <ConfirmButton
        label="Clear"
        question={`Delete all your ${noun}?`}
        confirmLabel={`Yes, delete all ${noun}`}
        onConfirm={onClear}
        disabled={!hasData}
      />
      <span class="toolbar__busy" role="status">
        {busy}
      </span>
    </div>
  );
}
