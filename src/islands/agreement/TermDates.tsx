import { useComputed } from "@preact/signals";
import { useState } from "preact/hooks";
import { setTerm, termProblem } from "~/lib/agreement/agreement-tool";
import { TextField } from "../shared/fields";
import { agreement } from "./agreement-state";

interface Typed {
  start: string;
  end: string;
  /** The field last typed in, where the problem is said, and the problem. */
  field: "start" | "end";
  problem: string;
  /** The saved dates the text was typed over: once they change elsewhere (Undo, another tab), the fields show them. */
  over: string;
}

/**
 * The day the agreement starts and the day it ends. Dates that cannot be saved together (an end before the start, a
 * year half typed) stay in their fields as typed, with the problem said at the field last typed in, and are saved as
 * soon as both read: correcting the start saves the end typed before it.
 */
export function TermDates() {
  const start = useComputed(() => agreement.data.value.start).value;
  const end = useComputed(() => agreement.data.value.end).value;
  const [kept, setTyped] = useState<Typed | null>(null);
  const typed = kept?.over === `${start} ${end}` ? kept : null;
  const shown = typed ?? { start, end };
  const save = (field: "start" | "end", day: string) => {
    const next = { ...shown, [field]: day };
    const problem = termProblem(next.start, next.end);
    if (problem !== null) return setTyped({ start: next.start, end: next.end, field, problem, over: `${start} ${end}` });
    setTyped(null);
    agreement.apply(`Set the agreement's ${field} date`, (d) => setTerm(d, next.start, next.end), `agreement-${field}`);
  };
  return (
    <div class="field-row">
      <TextField
        id="agreement-start"
        label="Starts on"
        type="date"
        value={shown.start}
        error={typed?.field === "start" ? typed.problem : undefined}
        onValue={(day) => save("start", day)}
      />
      <TextField
        id="agreement-end"
        label="Ends on"
        type="date"
        value={shown.end}
        error={typed?.field === "end" ? typed.problem : undefined}
        onValue={(day) => save("end", day)}
      />
    </div>
  );
}
