import { useComputed } from "@preact/signals";
import { useState } from "preact/hooks";
import { setTerm, termProblem } from "~/lib/agreement/agreement-tool";
import { TextField } from "../shared/fields";
import { agreement } from "./agreement-state";

/** The day the agreement starts and the day it ends; a date that cannot be saved is said at its field. */
export function TermDates() {
  const start = useComputed(() => agreement.data.value.start).value;
  const end = useComputed(() => agreement.data.value.end).value;
  const [problem, setProblem] = useState<{ field: "start" | "end"; text: string } | null>(null);
  const save = (field: "start" | "end", day: string) => {
    const next = field === "start" ? { start: day, end } : { start, end: day };
    const text = termProblem(next.start, next.end);
    setProblem(text === null ? null : { field, text });
    if (text === null) agreement.apply(`Set the agreement's ${field} date`, (d) => setTerm(d, next.start, next.end), `agreement-${field}`);
  };
  return (
    <div class="field-row">
      <TextField
        id="agreement-start"
        label="Starts on"
        type="date"
        value={start}
        error={problem?.field === "start" ? problem.text : undefined}
        onValue={(day) => save("start", day)}
      />
      <TextField
        id="agreement-end"
        label="Ends on"
        type="date"
        value={end}
        error={problem?.field === "end" ? problem.text : undefined}
        onValue={(day) => save("end", day)}
      />
    </div>
  );
}
