import "~/styles/resources.css";
import { useMemo } from "preact/hooks";
import { computeCostSharing } from "~/lib/resources/cost-sharing";
import { contributionsCsv, sharingCsv } from "~/lib/resources/resources-csv";
import { hasResources, resourcesTool } from "~/lib/resources/resources-tool";
import { BudgetSection } from "./resources/BudgetSection";
import { ChartsSection } from "./resources/ChartsSection";
import { ContributionsSection } from "./resources/ContributionsSection";
import { PartnersSection } from "./resources/PartnersSection";
import { ResultsSection } from "./resources/ResultsSection";
import { SettingsSection } from "./resources/SettingsSection";
import { SharingSection } from "./resources/SharingSection";
import { downloadText, todayStamp } from "./shared/download";
import { SaveNotice } from "./shared/SaveNotice";
import { ToolBar } from "./shared/ToolBar";
import { useToolState } from "./shared/use-tool-state";

/** Step 7: value every contribution in money, share the costs, and settle who owes what. */
export default function CostingTool() {
  const state = useToolState(resourcesTool);
  const { data, update } = state;
  const result = useMemo(() => computeCostSharing(data), [data]);
  const sharing = result.standings ? sharingCsv(data, result) : null;
  return (
    <section class="tool costing" aria-labelledby="costing-title" data-pagefind-ignore>
      <h2 id="costing-title">Resource costing</h2>
      <p>
        Name the partners, list what the partnership costs, record what each partner puts in, and choose how to share the costs. The tool
        values everything in money, to the cent, and shows who still owes what. It is saved in this browser only.
      </p>
      <SaveNotice state={state} title={resourcesTool.title} />
      <ToolBar
        hasData={hasResources(data)}
        noun="partners, costs and contributions"
        onExample={async () => {
          // The example loads only when asked for, keeping it out of the page's first download.
          const { resourcesExample } = await import("~/lib/resources/resources-example");
          update(() => resourcesExample());
        }}
        onClear={() => update((d) => ({ ...d, partners: [], costs: [], contributions: [] }))}
      >
        <button type="button" disabled={data.contributions.length === 0} onClick={() => downloadText(`pivotpath-contributions-${todayStamp()}.csv`, contributionsCsv(data), "text/csv")}>
          Download contributions (CSV)
        </button>
        <button type="button" disabled={sharing === null} onClick={() => sharing && downloadText(`pivotpath-cost-sharing-${todayStamp()}.csv`, sharing, "text/csv")}>
          Download the sharing result (CSV)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </ToolBar>
      <SettingsSection data={data} update={update} />
      <PartnersSection data={data} update={update} />
      <BudgetSection data={data} update={update} />
      <ContributionsSection data={data} update={update} />
      <SharingSection data={data} update={update} result={result} />
      <ResultsSection data={data} result={result} />
      <ChartsSection data={data} result={result} />
      <ValuationNote />
    </section>
  );
}

function ValuationNote() {
  return (
    <aside class="costing-note" aria-labelledby="costing-note-title">
      <h3 id="costing-note-title">How the values are set</h3>
      <p>
        In-kind contributions follow the rules US federal grants use for cost sharing (2 CFR 200.306): volunteer services at rates consistent
        with those paid for similar work, donated goods at fair market value, and donated or loaned space and equipment at fair rental value.
        Sharing costs in proportion to the benefit each partner receives is the “relative benefits” principle of 2 CFR 200.405. Check your
        funder's own rules before you report in-kind value as match.
      </p>
      <p>
        Amounts are held in whole cents (or the currency's smallest unit), never rounded along the way. Shares are split by the largest-remainder
        method, so they always add up to the total exactly: 100.00 shared three ways is 33.34, 33.33 and 33.33, the extra cent going to the
        partner listed first. Quantity × unit value is rounded half away from zero to the cent. Amounts up to 1,000,000,000,000 in the chosen
        currency are accepted.
      </p>
    </aside>
  );
}
