import { useComputed } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { numberFormat } from "~/lib/intl-cache";
import { renameCriterion, setNonNegotiable, setWeight } from "~/lib/scorecard/criteria-edit";
import { criterionNameProblem, parseWeight, weightProblem } from "~/lib/scorecard/scorecard-input";
import { CRITERION_MAX } from "~/lib/scorecard/scorecard-tool";
import { Checkbox, NumberField, type NumberReading, TextField } from "../shared/fields";
import { criterionById, scorecard } from "./scorecard-state";

/** A weight as the table and the editor show it: "1", "1.5". */
export const weightText = (weight: number) => numberFormat(undefined, { maximumFractionDigits: 3 }).format(weight);

function readWeight(text: string): NumberReading<number> {
  const problem = weightProblem(text);
  return problem ? { ok: false, message: problem } : { ok: true, value: parseWeight(text) };
}

interface Props {
  id: string;
  row: number;
  /** Closes the editor; the focus goes back to the criterion's Edit button. */
  onClose: () => void;
}

/** One criterion's name, weight and whether it is non-negotiable, each saved as the reader types, in a row of the table. */
export function CriterionEditor({ id, row, onClose }: Props) {
  const criterion = useComputed(() => criterionById.value.get(id)).value;
  const first = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const close = () => {
    onClose();
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`[data-edit="${CSS.escape(id)}"]`)?.focus());
  };
  if (!criterion) return null;
  const of = <span class="visually-hidden"> of criterion {row}</span>;
  const edit = (what: string, change: Parameters<typeof scorecard.apply>[1], coalesce?: string) =>
    scorecard.apply(`${what} of criterion ${row}`, change, coalesce && `criterion-${id}-${coalesce}`);
  return (
    <tr class="scorecard-criteria__editor">
      <td colSpan={4}>
        <fieldset
          onKeyDown={(event) => {
            if (event.key === "Escape") close();
          }}
        >
          <legend>Edit criterion {row}</legend>
          <div class="field-row">
            <TextField
              id={`criterion-${id}-name`}
              label={<>Name{of}</>}
              maxLength={CRITERION_MAX}
              value={criterion.name}
              inputRef={first}
              required="Name the criterion; until you do, the scorecard keeps its last name."
              check={(text) => criterionNameProblem(text, scorecard.data.peek(), id)}
              onValue={(name) => edit("Rename", (d) => renameCriterion(d, id, name), "name")}
            />
            <NumberField
              id={`criterion-${id}-weight`}
              label={<>Weight{of}</>}
              class="scorecard-weight"
              value={criterion.weight}
              format={weightText}
              read={readWeight}
              onValue={(weight) => weight !== null && edit("Change the weight", (d) => setWeight(d, id, weight), "weight")}
            />
          </div>
          <Checkbox
            label={<>Non-negotiable{of}</>}
            checked={criterion.nonNegotiable}
            onValue={(on) => edit(on ? "Make non-negotiable" : "Make weighted", (d) => setNonNegotiable(d, id, on))}
          />
          <button type="button" onClick={close}>
            Done<span class="visually-hidden"> editing criterion {row}</span>
          </button>
        </fieldset>
      </td>
    </tr>
  );
}
