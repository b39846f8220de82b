import { useRef, useState } from "preact/hooks";
import { type MatrixPoint, cellName, moveFrom } from "~/lib/risks/matrix-nav";
import { type CellFilter, type RiskRow, type View, cellNumbers } from "~/lib/risks/register";
import { BAND_LABEL, type BandLimits, LEVELS, bandOf, impactLabel, likelihoodLabel, riskScore } from "~/lib/risks/scoring";
import { memo } from "../shared/memo";

interface Props {
  rows: readonly RiskRow[];
  view: View;
  limits: BandLimits;
  /** The cell the register is filtered to, if any. */
  filter: CellFilter | null;
  onView: (view: View) => void;
  /** Filters the register to a cell, or shows all risks again with null. */
  onFilter: (cell: CellFilter | null) => void;
}

const TOP_DOWN = [...LEVELS].reverse();

/** The 5 × 5 likelihood × impact matrix, with the inherent/residual switch; a cell filters the register. */
export const RiskMatrix = memo(function RiskMatrix({ rows, view, limits, filter, onView, onFilter }: Props) {
  const [active, setActive] = useState<MatrixPoint>({ likelihood: 5, impact: 1 });
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const cells = cellNumbers(rows, view);
  const selected = filter && filter.view === view ? filter : null;

  const onKeyDown = (event: KeyboardEvent) => {
    const next = moveFrom(active, event.key);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    buttons.current.get(`${next.likelihood}-${next.impact}`)?.focus();
  };

  return (
    <div class="risk-matrix-block">
      <fieldset class="risk-view">
        <legend>Matrix shows risks</legend>
        {(["inherent", "residual"] as const).map((option) => (
          <label key={option} class="check">
            <input type="radio" name="risk-matrix-view" value={option} checked={view === option} onChange={() => onView(option)} />
            {option === "inherent" ? "Inherent" : "Residual"}
          </label>
        ))}
        <p class="risk-view__hint">Inherent: before mitigation. Residual: after the mitigation works.</p>
      </fieldset>
      <div class="table-scroll">
        <table class="risk-matrix">
          <caption>Risk matrix ({view})</caption>
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
          <tbody>
            {TOP_DOWN.map((likelihood) => (
              <tr key={likelihood}>
                <th scope="row">
                  <span class="visually-hidden">Likelihood </span>
                  {likelihood} <span class="risk-matrix__word">{likelihoodLabel(likelihood)}</span>
                </th>
                {LEVELS.map((impact) => (
                  <MatrixCell
                    key={impact}
                    at={{ likelihood, impact }}
                    numbers={cells.get(`${likelihood}-${impact}`) ?? []}
                    limits={limits}
                    active={active.likelihood === likelihood && active.impact === impact}
                    selected={selected?.likelihood === likelihood && selected.impact === impact}
                    register={(el) => {
                      const key = `${likelihood}-${impact}`;
                      if (el) buttons.current.set(key, el);
                      else buttons.current.delete(key);
                    }}
                    onFocus={() => setActive({ likelihood, impact })}
                    onKeyDown={onKeyDown}
                    onChoose={(chosen) => onFilter(chosen ? { view, likelihood, impact } : null)}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});

interface CellProps {
  at: MatrixPoint;
  /** Numbers of the risks in the cell. */
  numbers: readonly number[];
  limits: BandLimits;
  /** Whether the cell is the one in the tab order. */
  active: boolean;
  /** Whether the register is filtered to this cell. */
  selected: boolean;
  register: (button: HTMLButtonElement | null) => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
  /** Called with true to filter to the cell, false to let go of it. */
  onChoose: (chosen: boolean) => void;
}

/**
 * One cell: a button whose visible text is the band word, stretched over the cell, above the score and
 * the risk numbers. The button's name repeats all of it in words; the numbers are its description.
 */
function MatrixCell({ at, numbers, limits, active, selected, register, onFocus, onKeyDown, onChoose }: CellProps) {
  const score = riskScore(at.likelihood, at.impact);
  const band = bandOf(score, limits);
  const idsId = `risk-cell-${at.likelihood}-${at.impact}-ids`;
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
        onClick={() => onChoose(!selected)}
      >
        {BAND_LABEL[band]}
      </button>
      <span class="risk-cell__detail" aria-hidden="true">
        <span class="risk-cell__score">{score}</span>
        {numbers.map((n) => (
          <span key={n} class="risk-cell__id">
            {n}
          </span>
        ))}
      </span>
      {numbers.length > 0 && (
        <span id={idsId} hidden>
          {numbers.length === 1 ? "Risk" : "Risks"} {numbers.join(", ")}
        </span>
      )}
    </td>
  );
}
