import { useEffect, useRef, useState } from "preact/hooks";
import { parseNumber } from "~/lib/number-parse";
import { BANDS, BAND_LABEL, type BandLimits, DEFAULT_LIMITS, type LimitKey, describeBand, limitsProblem } from "~/lib/risks/scoring";
import { FieldError } from "../shared/FieldError";
import { memo } from "../shared/memo";

interface Props {
  limits: BandLimits;
  onChange: (limits: BandLimits) => void;
}

const FIELDS: { key: LimitKey; label: string }[] = [
  { key: "low", label: "Low band: scores up to" },
  { key: "moderate", label: "Moderate band: scores up to" },
  { key: "high", label: "High band: scores up to" },
];

/** The band legend under the current limits. */
export function BandLegend({ limits }: { limits: BandLimits }) {
  return (
    <ul class="risk-legend" aria-label="Bands">
      {BANDS.map((band) => (
        <li key={band} class={`risk-legend__item risk-cell--${band}`}>
          <strong>{BAND_LABEL[band]}</strong>: scores {describeBand(band, limits)}
        </li>
      ))}
    </ul>
  );
}

/** The form that changes the band limits; it shows the stored limits again whenever they change. */
export function BandLimitsForm({ limits, onChange }: Props) {
  const [text, setText] = useState<Record<LimitKey, string>>({
    low: String(limits.low),
    moderate: String(limits.moderate),
    high: String(limits.high),
  });
  const [error, setError] = useState<{ field: LimitKey; message: string } | null>(null);
  const [saved, setSaved] = useState("");
  const refs = useRef<Partial<Record<LimitKey, HTMLInputElement | null>>>({});
  useEffect(() => {
    setText({ low: String(limits.low), moderate: String(limits.moderate), high: String(limits.high) });
    setError(null);
  }, [limits.low, limits.moderate, limits.high]);

  const submit = (event: Event) => {
    event.preventDefault();
    const read = (key: LimitKey) => parseNumber(text[key]) ?? Number.NaN;
    const next = { low: read("low"), moderate: read("moderate"), high: read("high") };
    const problem = limitsProblem(next);
    setError(problem);
    if (problem) {
      setSaved("");
      refs.current[problem.field]?.focus();
      return;
    }
    onChange(next);
    setSaved("Band limits saved.");
  };

  return (
    <form class="tool-form risk-limits" aria-label="Band limits" noValidate onSubmit={submit}>
      {FIELDS.map(({ key, label }) => {
        const id = `risk-limit-${key}`;
        const message = error?.field === key ? error.message : null;
        return (
          <div class="field" key={key}>
            <label for={id}>{label}</label>
            <input
              id={id}
              ref={(el) => {
                refs.current[key] = el;
              }}
              type="text"
              inputMode="numeric"
              size={4}
              value={text[key]}
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? `${id}-error` : undefined}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setText((t) => ({ ...t, [key]: value }));
              }}
            />
            <FieldError id={`${id}-error`} message={message} />
          </div>
        );
      })}
      <p class="risk-limits__note">Extreme: every score above the High limit, up to 25.</p>
      <button type="submit">Save band limits</button>
      <button
        type="button"
        class="button--quiet"
        onClick={() => {
          setText({ low: String(DEFAULT_LIMITS.low), moderate: String(DEFAULT_LIMITS.moderate), high: String(DEFAULT_LIMITS.high) });
          setError(null);
          onChange({ ...DEFAULT_LIMITS });
          setSaved("Band limits set back to the NHS/NPSA defaults.");
        }}
      >
        Use the default limits
      </button>
      <p role="status" class="risk-limits__saved">
        {saved}
      </p>
    </form>
  );
}

/** How scores and bands work, with the sources, the legend and the form that changes the limits. */
export const ScoringMethod = memo(function ScoringMethod({
  limits,
  onLimits,
}: {
  limits: BandLimits;
  onLimits: (limits: BandLimits) => void;
}) {
  return (
    <div class="risk-method">
      <h3>How risks are scored</h3>
      <p>
        Score = likelihood × impact, each rated 1 to 5, so scores run from 1 to 25. The bands follow the common 5 × 5 convention of the NHS
        and the former National Patient Safety Agency (NPSA): 1–3 Low, 4–6 Moderate, 8–12 High, 15–25 Extreme. ISO 31000, the risk
        management standard, prescribes no single matrix, and other organizations draw the lines elsewhere, so you can change them below.
        Bands can rank two risks wrongly (L. A. Cox, “What’s wrong with risk matrices?”, 2008), so every score is shown beside its band.
      </p>
      <BandLegend limits={limits} />
      <details class="risk-limits-details">
        <summary>Change the band limits</summary>
        <BandLimitsForm limits={limits} onChange={onLimits} />
      </details>
    </div>
  );
});
