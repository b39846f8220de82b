import { computed } from "@preact/signals";
import { perOutcomeText } from "~/lib/business-case/case-document";
import { type Figure, formatRatio } from "~/lib/business-case/return-figures";
import { businessCase, kpis, money, results } from "./case-state";

const outcomeKpi = computed(() => kpis.data.value.kpis.find((k) => k.id === businessCase.data.value.outcomeKpiId) ?? null);

const shown = <T,>(figure: Figure<T>, write: (value: T) => string) => (figure.ok ? write(figure.value) : figure.reason);

/** Net benefit, benefit–cost ratio and cost per outcome, each with the reason when it cannot be worked out. */
export function Results() {
  const r = results.value;
  const kpi = outcomeKpi.value;
  return (
    <section class="case-results" aria-labelledby="case-results-title">
      <h4 id="case-results-title">Results</h4>
      <dl>
        <dt>Total benefits</dt>
        <dd>{money(r.benefitTotal)}</dd>
        <dt>Net benefit</dt>
        <dd>{shown(r.netBenefit, (v) => money(v))}</dd>
        <dt>Benefit–cost ratio</dt>
        <dd>{shown(r.benefitCostRatio, (v) => formatRatio(v))}</dd>
        <dt>Cost per outcome</dt>
        <dd>{shown(r.costPerOutcome, (v) => perOutcomeText(money(v), kpi ?? undefined))}</dd>
      </dl>
      <p class="case-results__note">
        Money values put on social benefits are estimates: each benefit line shows how it was estimated. Readers who need a fuller method
        can use{" "}
        <a href="https://www.socialvalueint.org/" rel="external">
          Social Return on Investment (SROI)
        </a>
        .
      </p>
    </section>
  );
}
