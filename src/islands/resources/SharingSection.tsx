import { useCallback } from "preact/hooks";
import type { CostSharing } from "~/lib/resources/cost-sharing";
import { numberFormat } from "~/lib/intl-cache";
import { METHOD_INFO, WEIGHT_BASIS_LABEL } from "~/lib/resources/labels";
import { formatMoney } from "~/lib/resources/money";
import {
  MAX_WEIGHT,
  METHODS,
  type Method,
  PERCENT_SCALE,
  type Partner,
  type ResourcesData,
  WEIGHT_BASES,
  WEIGHT_SCALE,
  type WeightBasis,
} from "~/lib/resources/resources-tool";
import { LiveNumberField } from "./LiveNumberField";
import { memo } from "../shared/memo";
import type { Update } from "./types";

interface Props {
  partners: ResourcesData["partners"];
  method: Method;
  weightBasis: WeightBasis;
  /** The figures of the method comparison: the partners, currency, method and every method's fair shares (computeCostSharing), as last painted. */
  compared: Compared;
  update: Update;
}

interface Compared {
  partners: ResourcesData["partners"];
  currency: ResourcesData["currency"];
  method: Method;
  result: Pick<CostSharing, "byMethod">;
}

/** The choice of method, the weights and percentages it needs, and every method's shares side by side. */
export const SharingSection = memo(function SharingSection({ partners, method: chosen, weightBasis, compared, update }: Props) {
  const setPartner = useCallback(
    (id: string, change: Partial<Partner>) =>
      update((d) => ({ ...d, partners: d.partners.map((p) => (p.id === id ? { ...p, ...change } : p)) })),
    [update],
  );
  const percentTotal = partners.reduce((a, p) => a + (p.percent ?? 0), 0);
  return (
    <section class="costing-section" aria-labelledby="costing-sharing-title">
      <h3 id="costing-sharing-title">Sharing the costs</h3>
      <fieldset class="costing-methods" role="radiogroup" aria-labelledby="costing-method-legend">
        <legend id="costing-method-legend">Cost-sharing method</legend>
        {METHODS.map((method) => (
          <div class="costing-method" key={method}>
            <label class="check">
              <input
                type="radio"
                name="costing-method"
                value={method}
                checked={chosen === method}
                aria-describedby={`costing-method-${method}-hint`}
                onChange={() => update((d) => ({ ...d, method }))}
              />
              {METHOD_INFO[method].label}
            </label>
            <p id={`costing-method-${method}-hint`} class="costing-hint">
              {METHOD_INFO[method].hint}
            </p>
          </div>
        ))}
      </fieldset>
      {partners.length > 0 && (
        <div class="costing-weights">
          <div class="field">
            <label for="costing-weight-basis">Weights measure</label>
            <select
              id="costing-weight-basis"
              value={weightBasis}
              onChange={(e) => update((d) => ({ ...d, weightBasis: e.currentTarget.value as WeightBasis }))}
            >
              {WEIGHT_BASES.map((basis) => (
                <option key={basis} value={basis}>
                  {WEIGHT_BASIS_LABEL[basis]}
                </option>
              ))}
            </select>
          </div>
          <p class="costing-hint">
            Weights only need to be in proportion to each other: annual budgets in any one currency, or points for the benefit each partner
            expects. A partner with twice the weight carries twice the share. Percentages are the custom method's negotiated shares.
          </p>
          {partners.map((partner) => (
            <PartnerShareFields key={partner.id} partner={partner} setPartner={setPartner} />
          ))}
          <p class="costing-hint" role="status">
            Percentages entered add up to {numberFormat(undefined, { maximumFractionDigits: 2 }).format(percentTotal / 100)}%.
          </p>
        </div>
      )}
      <MethodComparison
        partners={compared.partners}
        chosen={compared.method}
        currency={compared.currency}
        byMethod={compared.result.byMethod}
      />
    </section>
  );
});

/** One partner's weight and percentage; rendered again only when that partner changes. */
const PartnerShareFields = memo(function PartnerShareFields({
  partner,
  setPartner,
}: {
  partner: Partner;
  setPartner: (id: string, change: Partial<Partner>) => void;
}) {
  return (
    <div class="costing-weight-row">
      <LiveNumberField
        id={`costing-weight-${partner.id}`}
        label={`Weight for ${partner.name}`}
        value={partner.weight === null ? null : BigInt(partner.weight)}
        rule={{ noun: "weight", scale: WEIGHT_SCALE, max: BigInt(MAX_WEIGHT), largest: numberFormat(undefined).format(1e12) }}
        optional
        onValue={(w) => setPartner(partner.id, { weight: w === null ? null : Number(w) })}
      />
      <LiveNumberField
        id={`costing-percent-${partner.id}`}
        label={`Percentage for ${partner.name}`}
        value={partner.percent === null ? null : BigInt(partner.percent)}
        rule={{ noun: "percentage", scale: PERCENT_SCALE, max: 10_000n, largest: "100" }}
        optional
        suffix="%"
        onValue={(p) => setPartner(partner.id, { percent: p === null ? null : Number(p) })}
      />
    </div>
  );
});

interface ComparisonProps {
  partners: Compared["partners"];
  chosen: Method;
  currency: Compared["currency"];
  byMethod: CostSharing["byMethod"];
}

const MethodComparison = memo(function MethodComparison({ partners, chosen, currency, byMethod }: ComparisonProps) {
  if (partners.length === 0 || !byMethod[chosen].ok) return null;
  const cell = (method: Method, index: number) => {
    const sharing = byMethod[method];
    return sharing.ok ? formatMoney(sharing.shares[index] ?? 0n, currency) : "Not set";
  };
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="costing-compare-caption">
      <table class="data-table">
        <caption id="costing-compare-caption">Each partner's fair share, method by method</caption>
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
          {partners.map((partner, index) => (
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
});
