import { computed } from "@preact/signals";
import { caseSummary } from "~/lib/business-case/case-summary";
import { BlockView } from "../shared/BlockView";
import { businessCase, caseLinks } from "./case-state";

const summary = computed(() => caseSummary(businessCase.data.value, caseLinks.value));

/**
 * The business case on one page, with step 5's top residual risks and step 8's KPIs: what the tool's Print gives, on
 * one sheet of A4 or Letter (business-case.css).
 */
export function CaseSummary() {
  return (
    <section class="case-section case-summary" aria-labelledby="case-summary-title">
      <h3 id="case-summary-title">The business case on one page</h3>
      <p class="field-hint no-print">
        What Print gives: the case, its results, the top residual risks from step 5 and the KPIs from step 8.
      </p>
      {summary.value.map((section) => (
        <section key={section.heading} class="case-summary__part" aria-label={`One page: ${section.heading}`}>
          <h4>{section.heading}</h4>
          {section.blocks.map((block, i) => (
            <BlockView key={i} block={block} region="One page" />
          ))}
        </section>
      ))}
    </section>
  );
}
