import { parseNumber } from "~/lib/number-parse";
import { setLimits } from "~/lib/risks/risks-edits";
import { BANDS, BAND_LABEL, DEFAULT_LIMITS, type LimitKey, describeBand, limitProblem } from "~/lib/risks/scoring";
import { NumberField, type NumberReading } from "../shared/fields";
import { limits, risks } from "./risks-state";

const FIELDS: { key: LimitKey; label: string }[] = [
  { key: "low", label: "Low band: scores up to" },
  { key: "moderate", label: "Moderate band: scores up to" },
  { key: "high", label: "High band: scores up to" },
];

/** The band legend under the current limits. */
function BandLegend() {
  const bands = limits.value;
  return (
    <ul class="risk-legend" aria-label="Bands">
      {BANDS.map((band) => (
        <li key={band} class={`risk-legend__item risk-cell--${band}`}>
          <strong>{BAND_LABEL[band]}</strong>: scores {describeBand(band, bands)}
        </li>
      ))}
    </ul>
  );
}

/** Reads a limit the reader types against the other two as they stand. */
function readLimit(key: LimitKey, text: string): NumberReading<number> {
  const value = parseNumber(text);
  if (value === null) return { ok: false, message: "Write a whole number from 1 to 24." };
  const problem = limitProblem(limits.peek(), key, value);
  return problem ? { ok: false, message: problem } : { ok: true, value };
}

/** The band limits, each saved as the reader types it once the bands still rise. */
function BandLimitsFields() {
  const current = limits.value;
  return (
    <div class="risk-limits" role="group" aria-label="Band limits">
      {FIELDS.map(({ key, label }) => (
        <NumberField
          key={key}
          id={`risk-limit-${key}`}
          label={label}
          maxLength={2}
          value={current[key]}
          format={String}
          read={(text) => readLimit(key, text)}
          onValue={(value) => {
            if (value !== null)
              risks.apply(`Change the ${key} band limit`, (d) => setLimits(d, { ...d.limits, [key]: value }), `limit-${key}`);
          }}
        />
      ))}
      <p class="risk-limits__note">Extreme: every score above the High limit, up to 25.</p>
      <button
        type="button"
        class="button--quiet"
        onClick={() => risks.apply("Use the default band limits", (d) => setLimits(d, DEFAULT_LIMITS))}
      >
        Use the default limits
      </button>
    </div>
  );
}

/** How scores and bands work, with the sources, the legend and the fields that change the limits. */
export function ScoringMethod() {
  return (
    <div class="risk-method">
      <h3>How risks are scored</h3>
      <p>
        Score = likelihood × impact, each rated 1 to 5, so scores run from 1 to 25. The bands follow the common 5 × 5 convention of the NHS
        and the former National Patient Safety Agency (NPSA): 1–3 Low, 4–6 Moderate, 8–12 High, 15–25 Extreme. ISO 31000, the risk
        management standard, prescribes no single matrix, and other organizations draw the lines elsewhere, so you can change them below.
        Bands can rank two risks wrongly (L. A. Cox, “What’s wrong with risk matrices?”, 2008), so every score is shown beside its band.
      </p>
      <BandLegend />
      <details class="risk-limits-details">
        <summary>Change the band limits</summary>
        <BandLimitsFields />
      </details>
    </div>
  );
}
