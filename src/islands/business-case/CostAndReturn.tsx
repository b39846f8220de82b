import { computed } from "@preact/signals";
import { MAX_BENEFIT_YEARS } from "~/lib/business-case/business-case-tool";
import { chooseOutcomeKpi, enterTotalCost, setBenefitYears, takeCostFromCosting } from "~/lib/business-case/cost-and-benefits";
import { SelectField } from "../shared/fields";
import { Benefits } from "./Benefits";
import { businessCase, caseValue, costing, costingMoved, costingOffer, kpiOptions, money } from "./case-state";
import { MoneyField } from "./MoneyField";
import { Results } from "./Results";

const YEAR_OPTIONS = Array.from({ length: MAX_BENEFIT_YEARS }, (_, i) => ({ value: String(i + 1), label: `${i + 1}` }));
const outcomeKpiId = caseValue("outcomeKpiId");
const outcomeChoices = computed(() => {
  const id = outcomeKpiId.value;
  const options = kpiOptions.value;
  return options.some((o) => o.value === id) ? options : [...options, { value: id, label: "A KPI not in step 8's tracker" }];
});

/** Total cost, benefit lines and the three results. */
export function CostAndReturn() {
  return (
    <section class="case-section" aria-labelledby="case-cost-title">
      <h3 id="case-cost-title">Cost and return</h3>
      <div class="field-row">
        <TotalCost />
        <CostingOffer />
      </div>
      <Benefits />
      <div class="field-row">
        <SelectField
          id="case-benefit-years"
          label="Years of benefits counted"
          value={String(caseValue("benefitYears").value)}
          options={YEAR_OPTIONS}
          onValue={(years) => businessCase.apply("Change the years of benefits counted", (d) => setBenefitYears(d, Number(years)))}
        />
        <SelectField
          id="case-outcome-kpi"
          label="Outcome KPI"
          hint="From step 8's KPI tracker: the cost per outcome divides the total cost by its change from baseline to target."
          value={outcomeKpiId.value}
          options={outcomeChoices.value}
          onValue={(id) => businessCase.apply("Choose the outcome KPI", (d) => chooseOutcomeKpi(d, id))}
        />
      </div>
      <Results />
    </section>
  );
}

function TotalCost() {
  return (
    <MoneyField
      id="case-total-cost"
      label="Total cost"
      noun="total cost"
      hint={
        caseValue("costSource").value === "costing" ? "Taken from step 7's costing." : "The full cost for the period, cash and in kind."
      }
      value={caseValue("totalCost").value}
      onValue={(minor) => businessCase.apply("Edit the total cost", (d) => enterTotalCost(d, minor), "total-cost")}
    />
  );
}

/** "Use step 7's total": the budget total of the costing tool, taken with one click. */
function CostingOffer() {
  const offer = costingOffer.value;
  if (!offer.ok) return <p class="field-hint case-costing">{offer.reason}</p>;
  const taken = caseValue("costSource").value === "costing" && !costingMoved.value;
  return (
    <p class="case-costing">
      <button
        type="button"
        disabled={taken}
        onClick={() => businessCase.apply("Use step 7's total", (d) => takeCostFromCosting(d, costing.data.peek()))}
      >
        Use step 7's total
      </button>{" "}
      <span class="field-hint">
        {taken
          ? `The total cost is step 7's budget total, ${money(offer.value)}.`
          : costingMoved.value
            ? `Step 7's budget total has changed to ${money(offer.value)} since it was taken.`
            : `Step 7's budget total is ${money(offer.value)}.`}
      </span>
    </p>
  );
}
