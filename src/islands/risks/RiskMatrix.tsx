import { useRef, useState } from "preact/hooks";
import { type MatrixPoint, cellName, moveFrom } from "~/lib/risks/matrix-nav";
import { type CellFilter, type RiskRow, type View, cellNumbers } from "~/lib/risks/register";
import { BAND_LABEL, BAND_SHORT, type BandLimits, LEVELS, bandOf, impactLabel, likelihoodLabel, riskScore } from "~/lib/risks/scoring";

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
export function RiskMatrix({ rows, view, limits, filter, onView, onFilter }: Props) {
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
                {LEVELS.map((impact) => {
                  const key = `${likelihood}-${impact}`;
                  const numbers = cells.get(key) ?? [];
                  const score = riskScore(likelihood, impact);
                  const band = bandOf(score, limits);
                  const isActive = active.likelihood === likelihood && active.impact === impact;
                  const isSelected = selected?.likelihood === likelihood && selected.impact === impact;
                  return (
                    <td key={impact} class={`risk-cell risk-cell--${band}`}>
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) buttons.current.set(key, el);
                          else buttons.current.delete(key);
                        }}
                        tabIndex={isActive ? 0 : -1}
                        aria-label={cellName({ likelihood, impact }, BAND_LABEL[band], numbers.length)}
                        aria-describedby={numbers.length > 0 ? `risk-cell-${key}-ids` : undefined}
                        aria-pressed={isSelected}
                        onFocus={() => setActive({ likelihood, impact })}
                        onKeyDown={onKeyDown}
                        onClick={() => onFilter(isSelected ? null : { view, likelihood, impact })}
                      >
                        <span class="risk-cell__band">
                          <span class="risk-cell__long">{BAND_LABEL[band]}</span>
                          <span class="risk-cell__short">{BAND_SHORT[band]}</span> <span>{score}</span>
                        </span>
                        {numbers.length > 0 && (
                          <span class="risk-cell__ids">
                            {numbers.map((n) => (
                              <span key={n} class="risk-cell__id">
                                {n}
                              </span>
                            ))}
                          </span>
                        )}
                      </button>
                      {numbers.length > 0 && (
                        <span id={`risk-cell-${key}-ids`} hidden>
                          {numbers.length === 1 ? "Risk" : "Risks"} {numbers.join(", ")}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="risk-matrix__key">Impact: {LEVELS.map((level) => `${level} ${impactLabel(level)}`).join(", ")}.</p>
    </div>
  );
}
