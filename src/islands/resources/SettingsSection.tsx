import { useState } from "preact/hooks";
import { CURRENCY_CODES, type CurrencyCode, changeCurrency, currencyLabel } from "~/lib/resources/currencies";
import { currencyDigits, formatAmount, formatMoney } from "~/lib/resources/money";
import { revalueVolunteerTime, setTerm, setVolunteerRate } from "~/lib/resources/resources-edits";
import { TERM_RULE, moneyRule, readNumber } from "~/lib/resources/resources-forms";
import { type ResourcesData, VOLUNTEER_RATE_CENTS } from "~/lib/resources/resources-tool";
import { NumberField, SelectField } from "../shared/fields";
import { readerLocale } from "./reader-locale";
import { currency, resources, termMonths, volunteerEntries, volunteerRate } from "./resources-state";

const CURRENCY_OPTIONS = CURRENCY_CODES.map((code) => ({ value: code, label: currencyLabel(code) }));

/** Why the currency cannot change, in words. */
function refusal(code: CurrencyCode, blocking: number): string {
  const digits = currencyDigits(code);
  return `${currencyLabel(code)} has ${digits === 0 ? "no minor unit" : `${digits} decimals`}, and ${blocking} ${blocking === 1 ? "amount has" : "amounts have"} decimals it cannot hold (or would pass the limit). Round them first; amounts are never changed silently.`;
}

/** What a change of currency did, with the first cost as the example. */
function relabelled(before: ResourcesData, after: ResourcesData): string {
  const sample = after.costs[0];
  const was = before.costs[0];
  const example =
    sample && was
      ? `: ${formatMoney(BigInt(was.amount), before.currency)} now reads ${formatMoney(BigInt(sample.amount), after.currency)}.`
      : ".";
  return `Amounts are now in ${currencyLabel(after.currency)}. They were relabelled, not converted${example}`;
}

/** Currency, term and the value of a volunteer hour. */
export function SettingsSection() {
  // A new object each time, so a refused choice renders again and the select goes back to the saved currency.
  const [currencyError, setCurrencyError] = useState<{ message: string } | null>(null);
  const [notice, setNotice] = useState("");
  const code = currency.value;
  const onCurrency = (next: CurrencyCode) => {
    const before = resources.data.value;
    const change = changeCurrency(before, next);
    setCurrencyError(change.ok ? null : { message: refusal(next, change.blocking) });
    setNotice(change.ok ? relabelled(before, change.data) : "");
    if (change.ok) resources.apply(`Change the currency to ${next}`, () => change.data);
  };
  return (
    <section class="resources-section" aria-labelledby="resources-settings-title">
      <h3 id="resources-settings-title">Currency, term and volunteer time</h3>
      <div class="field-row">
        <SelectField
          id="resources-currency"
          label="Currency"
          value={code}
          options={CURRENCY_OPTIONS}
          error={currencyError?.message}
          onValue={onCurrency}
        />
        <NumberField<number>
          id="resources-term"
          label="Partnership term in months"
          value={termMonths.value}
          format={String}
          read={(text) => readNumber(text, TERM_RULE, readerLocale())}
          onValue={(months) => months !== null && resources.apply("Change the term", (d) => setTerm(d, months), "term")}
        />
        <NumberField<number>
          id="resources-volunteer-rate"
          label="Value of a volunteer hour"
          hint="Applies to volunteer time you add from now on."
          value={volunteerRate.value}
          format={(rate) => formatAmount(BigInt(rate), code)}
          read={(text) => readNumber(text, moneyRule(code, "volunteer-hour value", readerLocale()), readerLocale())}
          onValue={(rate) =>
            rate !== null && resources.apply("Change the value of a volunteer hour", (d) => setVolunteerRate(d, rate), "volunteer-rate")
          }
        />
      </div>
      <p role="status" class="resources-notice">
        {notice}
      </p>
      <p class="resources-hint">
        The default, {formatMoney(BigInt(VOLUNTEER_RATE_CENTS), "USD")} an hour, is Independent Sector's national value of a volunteer hour
        in the United States for 2023 (published April 2024). It is a US figure in US dollars: use a local rate elsewhere. Grant rules may
        require the rate your organization pays for similar work instead. Independent Sector publishes a new figure each spring; change the
        value above to use it.
      </p>
      <RevalueButton />
    </section>
  );
}

function RevalueButton() {
  const entries = volunteerEntries.value;
  if (entries === 0) return null;
  return (
    <button type="button" onClick={() => resources.apply("Revalue volunteer time", revalueVolunteerTime)}>
      Revalue {entries} volunteer {entries === 1 ? "entry" : "entries"} at {formatMoney(BigInt(volunteerRate.value), currency.value)} an
      hour
    </button>
  );
}
