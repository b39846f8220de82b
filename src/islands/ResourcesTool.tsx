import "~/styles/resources.css";
import { resourcesTool } from "~/lib/resources/resources-tool";
import { resourcesExports } from "~/lib/resources/resources-exports";
import { BudgetSection } from "./resources/BudgetSection";
import { ChartsSection } from "./resources/ChartsSection";
import { ContributionsSection } from "./resources/ContributionsSection";
import { PartnersSection } from "./resources/PartnersSection";
import { hasData, resources } from "./resources/resources-state";
import { ResultsSection } from "./resources/ResultsSection";
import { SettingsSection } from "./resources/SettingsSection";
import { SharingSection } from "./resources/SharingSection";
import { useCostingPartners } from "./shared/costing-partners";
import { ToolFrame } from "./shared/ToolFrame";
import { useTool } from "./shared/tool-state";

/** Step 7: value every contribution in money, share the costs, and settle who owes what. */
export default function ResourcesTool() {
  useTool(resourcesTool);
  useCostingPartners();
  return (
    <ToolFrame
      state={resources}
      id="resources"
      hasData={hasData}
      noun="partners, costs and contributions"
      example={() => import("~/lib/resources/resources-example").then((m) => m.resourcesExample())}
      exports={resourcesExports}
      intro={
        <p>
          Name the partners, list what the partnership costs, record what each partner puts in, and choose how to share the costs. The tool
          values everything in money, to the cent, and shows who still owes what. It is saved in this browser only.
        </p>
      }
    >
      <SettingsSection />
      <PartnersSection />
      <BudgetSection />
      <ContributionsSection />
      <SharingSection />
      <ResultsSection />
      <ChartsSection />
      <ValuationNote />
    </ToolFrame>
  );
}

function ValuationNote() {
  return (
    <aside class="resources-note" aria-labelledby="resources-note-title">
      <h3 id="resources-note-title">How the values are set</h3>
      <p>
        Most in-kind values follow the rules US federal grants use for cost sharing (2 CFR 200.306). Donated goods count at fair market
        value. Donated or loaned space and equipment count at fair rental value. Volunteer time uses the value of a volunteer hour set
        above; federal grants may ask instead for the rate paid for similar work. Sharing costs in proportion to the benefit each partner
        receives is the “relative benefits” principle of 2 CFR 200.405. Check your funder's own rules before you report in-kind value as
        match.
      </p>
      <p>
        Amounts are held in whole cents (or the currency's smallest unit), never rounded along the way. Shares are split by the
        largest-remainder method, so they always add up to the total exactly: 100.00 shared three ways is 33.34, 33.33 and 33.33, the extra
        cent going to the partner listed first. Quantity × unit value is rounded half away from zero to the cent. Amounts up to
        1,000,000,000,000 in the chosen currency are accepted.
      </p>
    </aside>
  );
}
