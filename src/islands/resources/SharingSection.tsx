import { useComputed } from "@preact/signals";
import { numberFormat } from "~/lib/intl-cache";
import { METHOD_INFO, WEIGHT_BASIS_LABEL } from "~/lib/resources/labels";
import { formatMoney, formatPlain } from "~/lib/resources/money";
import { editPartner, setMethod, setWeightBasis } from "~/lib/resources/resources-edits";
import { PERCENT_RULE, readNumber, weightRule } from "~/lib/resources/resources-forms";
import { METHODS, type Method, PERCENT_SCALE, WEIGHT_BASES, WEIGHT_SCALE } from "~/lib/resources/resources-tool";
import { NumberField, RadioGroup, SelectField } from "../shared/fields";
import { readerLocale } from "./reader-locale";
import { currency, method, partnerById, partnerIds, partners, resources, sharing, weightBasis } from "./resources-state";

const METHOD_OPTIONS = METHODS.map((value) => ({ value, label: METHOD_INFO[value].label, hint: METHOD_INFO[value].hint }));
const BASIS_OPTIONS = WEIGHT_BASES.map((value) => ({ value, label: WEIGHT_BASIS_LABEL[value] }));

/** The choice of method, the weights and percentages it needs, and every method's shares side by side. */
export function SharingSection() {
  return (
    <section class="resources-section" aria-labelledby="resources-sharing-title">
      <h3 id="resources-sharing-title">Sharing the costs</h3>
      <RadioGroup
        legend="Cost-sharing method"
        name="resources-method"
        class="resources-methods"
        value={method.value}
        options={METHOD_OPTIONS}
        onValue={(next) => resources.apply(`Share the costs: ${METHOD_INFO[next].label.toLowerCase()}`, (d) => setMethod(d, next))}
      />
      <ShareFields />
      <MethodComparison />
    </section>
  );
}

/** The weights and percentages, one row per partner. */
function ShareFields() {
  const ids = partnerIds.value;
  if (ids.length === 0) return null;
  return (
    <div class="resources-weights">
      <SelectField
        id="resources-weight-basis"
        label="Weights measure"
        value={weightBasis.value}
        options={BASIS_OPTIONS}
        onValue={(basis) => resources.apply("Change what the weights measure", (d) => setWeightBasis(d, basis))}
      />
      <p class="resources-hint">
        Weights only need to be in proportion to each other: annual budgets in any one currency, or points for the benefit each partner
        expects. A partner with twice the weight carries twice the share. Percentages are the custom method's negotiated shares.
      </p>
      {ids.map((id) => (
        <PartnerShareFields key={id} id={id} />
      ))}
      <PercentTotal />
    </div>
  );
}

function PartnerShareFields({ id }: { id: string }) {
  const partner = useComputed(() => partnerById.value.get(id)).value;
  if (!partner) return null;
  const set = (what: string, change: { weight: number | null } | { percent: number | null }, key: string) =>
    resources.apply(`${what} for ${partner.name}`, (d) => editPartner(d, id, change), `partner-${id}-${key}`);
  return (
    <div class="resources-weight-row">
      <NumberField<number>
        id={`resources-weight-${id}`}
        label={`Weight for ${partner.name}`}
        value={partner.weight}
        format={(weight) => formatPlain(BigInt(weight), WEIGHT_SCALE)}
        read={(text) => readNumber(text, weightRule(readerLocale()), readerLocale())}
        onValue={(weight) => set("Change the weight", { weight }, "weight")}
      />
      <NumberField<number>
        id={`resources-percent-${id}`}
        label={`Percentage for ${partner.name}`}
        value={partner.percent}
        suffix="%"
        format={(percent) => formatPlain(BigInt(percent), PERCENT_SCALE)}
        read={(text) => readNumber(text, PERCENT_RULE, readerLocale())}
        onValue={(percent) => set("Change the percentage", { percent }, "percent")}
      />
    </div>
  );
}

function PercentTotal() {
  const total = useComputed(() => partners.value.reduce((sum, p) => sum + (p.percent ?? 0), 0)).value;
  return (
    <p class="resources-hint" role="status">
      Percentages entered add up to {numberFormat(undefined, { maximumFractionDigits: 2 }).format(total / 100)}%.
    </p>
  );
}

/** Every partner's fair share under each method: to choose by while none is chosen, then beside the chosen one's shares. */
function MethodComparison() {
  const { byMethod } = sharing.value;
  const chosen = method.value;
  const list = partners.value;
  if (list.length === 0 || (chosen !== null && !byMethod[chosen].ok)) return null;
  const cell = (m: Method, index: number) => {
    const shares = byMethod[m];
    return shares.ok ? formatMoney(shares.shares[index] ?? 0n, currency.value) : "Not set";
  };
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="resources-compare-caption">
      <table class="data-table">
        <caption id="resources-compare-caption">Each partner's fair share, method by method</caption>
        <thead>
          <tr>
            <th scope="col">Partner</th>
            {METHODS.map((m) => (
              <th scope="col" class="num" key={m}>
                {METHOD_INFO[m].label}
                {m === chosen ? " (chosen)" : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.map((partner, index) => (
            <tr key={partner.id}>
              <th scope="row">{partner.name}</th>
              {METHODS.map((m) => (
                <td class="num" key={m}>
                  {cell(m, index)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
