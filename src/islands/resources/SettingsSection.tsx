import { useState } from "preact/hooks";
import { CURRENCY_CODES, type CurrencyCode, changeCurrency, currencyLabel } from "~/lib/resources/currencies";
import { currencyDigits, formatCap, formatMoney, maxMinor } from "~/lib/resources/money";
import { MAX_TERM_MONTHS, type ResourcesData, VOLUNTEER_RATE_CENTS } from "~/lib/resources/resources-tool";
import { FieldError } from "../shared/FieldError";
import { LiveNumberField } from "./LiveNumberField";
import { memo } from "../shared/memo";
import type { Update } from "./types";

interface Props {
  currency: ResourcesData["currency"];
  termMonths: number;
  volunteerRate: number;
  /** Volunteer-time contributions valued at another rate than `volunteerRate`. */
  volunteerEntries: number;
  /** The whole saved data as last rendered, read when the currency changes. */
  latest: () => ResourcesData;
  update: Update;
}

/** Currency, term and the value of a volunteer hour. */
export const SettingsSection = memo(function SettingsSection({
  currency,
  termMonths,
  volunteerRate,
  volunteerEntries,
  latest,
  update,
}: Props) {
  const [currencyError, setCurrencyError] = useState<string | null>(null);
  const [currencyNotice, setCurrencyNotice] = useState("");
  const digits = currencyDigits(currency);

  const onCurrency = (code: CurrencyCode) => {
    const data = latest();
    const change = changeCurrency(data, code);
    if (!change.ok) {
      setCurrencyNotice("");
      setCurrencyError(
        `${currencyLabel(code)} has ${currencyDigits(code) === 0 ? "no minor unit" : `${currencyDigits(code)} decimals`}, and ${change.blocking} ${change.blocking === 1 ? "amount has" : "amounts have"} decimals it cannot hold (or would pass the limit). Round them first; amounts are never changed silently.`,
      );
      return;
    }
    setCurrencyError(null);
    const sample = change.data.costs[0] ?? null;
    setCurrencyNotice(
      `Amounts are now in ${currencyLabel(code)}. They were relabelled, not converted` +
        (sample
          ? `: ${formatMoney(BigInt(data.costs[0]?.amount ?? 0), data.currency)} now reads ${formatMoney(BigInt(sample.amount), code)}.`
          : "."),
    );
    update(() => change.data);
  };

  return (
    <section class="costing-section" aria-labelledby="costing-settings-title">
      <h3 id="costing-settings-title">Currency, term and volunteer time</h3>
      <div class="field-row">
        <div class="field">
          <label for="costing-currency">Currency</label>
          <select
            id="costing-currency"
            value={currency}
            aria-invalid={currencyError ? true : undefined}
            aria-describedby={currencyError ? "costing-currency-error" : undefined}
            onChange={(e) => onCurrency(e.currentTarget.value as CurrencyCode)}
          >
            {CURRENCY_CODES.map((code) => (
              <option key={code} value={code}>
                {currencyLabel(code)}
              </option>
            ))}
          </select>
          <FieldError id="costing-currency-error" message={currencyError} />
        </div>
        <LiveNumberField
          id="costing-term"
          label="Partnership term in months"
          value={BigInt(termMonths)}
          rule={{ noun: "term", scale: 0, max: BigInt(MAX_TERM_MONTHS), min: 1n, largest: `${MAX_TERM_MONTHS} months` }}
          onValue={(months) => {
            if (months !== null) update((d) => ({ ...d, termMonths: Number(months) }));
          }}
        />
        <LiveNumberField
          id="costing-volunteer-rate"
          label="Value of a volunteer hour"
          value={BigInt(volunteerRate)}
          rule={{ noun: "volunteer-hour value", scale: digits, max: maxMinor(digits), largest: formatCap() }}
          hintId="costing-volunteer-hint"
          onValue={(rate) => {
            if (rate !== null) update((d) => ({ ...d, volunteerRate: Number(rate) }));
          }}
        />
      </div>
      <p role="status" class="costing-notice">
        {currencyNotice}
      </p>
      <p id="costing-volunteer-hint" class="costing-hint">
        The default, {formatMoney(BigInt(VOLUNTEER_RATE_CENTS), "USD")} an hour, is Independent Sector's national value of a volunteer hour
        in the United States for 2023 (published April 2024). It is a US figure in US dollars: use a local rate elsewhere. Grant rules may
        require the rate your organization pays for similar work instead. Independent Sector publishes a new figure each spring; change the
        value above to use it. It applies to volunteer time you add from now on.
      </p>
      {volunteerEntries > 0 && (
        <button
          type="button"
          onClick={() =>
            update((d) => ({
              ...d,
              contributions: d.contributions.map((c) => (c.type === "volunteer" ? { ...c, unitValue: d.volunteerRate } : c)),
            }))
          }
        >
          Revalue {volunteerEntries} volunteer {volunteerEntries === 1 ? "entry" : "entries"} at{" "}
          {formatMoney(BigInt(volunteerRate), currency)} an hour
        </button>
      )}
    </section>
  );
});
