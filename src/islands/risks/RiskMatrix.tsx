import { useRef, useState } from "preact/hooks";
import { type MatrixPoint, cellName, moveFrom } from "~/lib/risks/matrix-nav";
import { firstNumbers } from "~/lib/risks/register";
import { BAND_LABEL, BAND_SHORT, LEVELS, bandOf, impactLabel, likelihoodLabel, riskScore } from "~/lib/risks/scoring";
import { RadioGroup } from "../shared/fields";
import type { RegisterView } from "./register-view";
import { inherentCells, limits, residualCells } from "./risks-state";

const TOP_DOWN = [...LEVELS].reverse();
/** The most risk numbers a cell shows; it says how many more it holds. */
const NUMBERS_SHOWN = 12;
const VIEW_OPTIONS = [
  { value: "inherent", label: "Inherent" },
  { value: "residual", label: "Residual" },
] as const;

/** The 5 × 5 likelihood × impact matrix, with the inherent/residual switch; a cell filters the register. */
export function RiskMatrix({ view }: { view: RegisterView }) {
  const [active, setActive] = useState<MatrixPoint>({ likelihood: 5, impact: 1 });
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const shown = view.view.value;
  const cells = (shown === "inherent" ? inherentCells : residualCells).value;
  const filter = view.filter.value;
  const selected = filter && filter.view === shown ? filter : null;
  const bands = limits.value;

  const onKeyDown = (event: KeyboardEvent) => {
    const next = moveFrom(active, event.key);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    buttons.current.get(`${next.likelihood}-${next.impact}`)?.focus();
  };

  return (
    <div class="risk-matrix-block">
      <RadioGroup
        legend="Matrix shows risks"
        name="risk-matrix-view"
        class="risk-view"
        value={shown}
        options={VIEW_OPTIONS}
        onValue={view.showView}
      />
      <p class="risk-view__hint">Inherent: before mitigation. Residual: after the mitigation works.</p>
      <div class="table-scroll">
        <table class="risk-matrix">
          <caption>Risk matrix ({shown})</caption>
          <MatrixHead />
          <tbody>
            {TOP_DOWN.map((likelihood) => (
              <tr key={likelihood}>
                <th scope="row">
                  <span class="visually-hidden">Likelihood </span>
                  {likelihood} <span class="risk-matrix__word">{likelihoodLabel(likelihood)}</span>
                </th>
                {LEVELS.map((impact) => {
                  const key = `${likelihood}-${impact}`;
                  const at = { likelihood, impact };
                  const isSelected = selected?.likelihood === likelihood && selected.impact === impact;
                  return (
                    <MatrixCell
                      key={impact}
                      at={at}
                      numbers={cells.get(key) ?? []}
                      band={bandOf(riskScore(likelihood, impact), bands)}
                      active={active.likelihood === likelihood && active.impact === impact}
                      selected={isSelected}
                      register={(el) => (el ? buttons.current.set(key, el) : buttons.current.delete(key))}
                      onFocus={() => setActive(at)}
                      onKeyDown={onKeyDown}
                      onChoose={() => view.filterTo(isSelected ? null : { view: shown, ...at })}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function MatrixHead() {
  return (
    <thead>
      <tr>
        <td class="risk-matrix__corner">
          Likelihood <span aria-hidden="true">↓</span>
          <br />
          Impact <span aria-hidden="true">→</span>
        </td>
        {LEVELS.map((impact) => (
          <th key={impact} scope="col">
            <span class="visually-hidden">Impact </span>
            {impact} <span class="risk-matrix__word">{impactLabel(impact)}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface CellProps {
  at: MatrixPoint;
  /** Numbers of the risks in the cell. */
  numbers: readonly number[];
  band: keyof typeof BAND_LABEL;
  /** Whether the cell is the one in the tab order. */
  active: boolean;
  /** Whether the register is filtered to this cell. */
  selected: boolean;
  register: (button: HTMLButtonElement | null) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onChoose: () => void;
}

/**
 * One cell: a button whose visible text is the band word, stretched over the cell, above the score and the first risk
 * numbers. The button's name repeats all of it in words; the numbers are its description.
 */
function MatrixCell({ at, numbers, band, active, selected, register, onFocus, onKeyDown, onChoose }: CellProps) {
  const score = riskScore(at.likelihood, at.impact);
  const idsId = `risk-cell-${at.likelihood}-${at.impact}-ids`;
  const { shown, more } = firstNumbers(numbers, NUMBERS_SHOWN);
  return (
    <td class={`risk-cell risk-cell--${band}`}>
      <button
        type="button"
        class="risk-cell__button"
        ref={register}
        tabIndex={active ? 0 : -1}
        aria-label={cellName(at, BAND_LABEL[band], numbers.length)}
        aria-describedby={numbers.length > 0 ? idsId : undefined}
        aria-pressed={selected}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
        onClick={onChoose}
        data-short={BAND_SHORT[band]}
      >
        {BAND_LABEL[band]}
      </button>
      <span class="risk-cell__detail" aria-hidden="true">
        <span class="risk-cell__score">{score}</span>
        {shown.map((n) => (
          <span key={n} class="risk-cell__id">
            {n}
          </span>
        ))}
        {more > 0 && <span class="risk-cell__more">+{more}</span>}
      </span>
      {numbers.length > 0 && (
        <span id={idsId} hidden>
          {numbers.length === 1 ? "Risk" : "Risks"} {shown.join(", ")}
          {more > 0 ? ` and ${more} more` : ""}
        </span>
      )}
    </td>
  );
}
