import "~/styles/resources.css";
import { useCallback, useMemo } from "preact/hooks";
import { combineCostSharing, contributedTotals, sharingBasis } from "~/lib/resources/cost-sharing";
import { contributionsCsv, sharingCsv } from "~/lib/resources/resources-csv";
import { hasResources, resourcesTool } from "~/lib/resources/resources-tool";
import { BudgetSection } from "./resources/BudgetSection";
import { ChartsSection } from "./resources/ChartsSection";
import { ContributionsSection } from "./resources/ContributionsSection";
import { PartnersSection } from "./resources/PartnersSection";
import { ResultsSection } from "./resources/ResultsSection";
import { SettingsSection } from "./resources/SettingsSection";
import { SharingSection } from "./resources/SharingSection";
import { useAfterPaint } from "./shared/after-paint";
import { memo } from "./shared/memo";
import { downloadText, todayStamp } from "./shared/download";
import { SaveNotice } from "./shared/SaveNotice";
import { ToolBar } from "./shared/ToolBar";
import { useToolState } from "./shared/use-tool-state";
import { useLatest } from "./shared/use-latest";

/** Step 7: value every contribution in money, share the costs, and settle who owes what. */
export default function CostingTool() {
  const state = useToolState(resourcesTool);
  const { data, update } = state;
  const { currency, termMonths, volunteerRate, method, weightBasis, partners, costs, contributions } = data;
  // Each section gets only the pieces of data it shows, so a change (or a save-status change) renders only what depends on it;
  // the results are computed in parts, each kept while its own inputs are unchanged.
  const basis = useMemo(() => sharingBasis({ costs, termMonths, partners }), [costs, termMonths, partners]);
  const totals = useMemo(() => contributedTotals({ partners, contributions }), [partners, contributions]);
  const result = useMemo(() => combineCostSharing(partners, method, basis, totals), [partners, method, basis, totals]);
  // What sits below the forms (every method's shares side by side, the results, the charts) follows a change in the
  // render just after the frame that answers the reader: adding a partner draws the new partner at once, the figures a
  // frame later.
  const figures = useAfterPaint(
    useMemo(() => ({ partners, currency, termMonths, method, result }), [partners, currency, termMonths, method, result]),
  );
  const volunteerEntries = useMemo(
    () => contributions.filter((c) => c.type === "volunteer" && c.unitValue !== volunteerRate).length,
    [contributions, volunteerRate],
  );
  // The settings read the whole data only when the currency changes; a stable reader spares them every other render.
  const current = useLatest(data);
  const latest = useCallback(() => current.current, [current]);
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
        <button
          type="button"
          disabled={contributions.length === 0}
          onClick={() => downloadText(`pivotpath-contributions-${todayStamp()}.csv`, contributionsCsv(data), "text/csv")}
        >
          Download contributions (CSV)
        </button>
        <button
          type="button"
          disabled={result.standings === null}
          onClick={() => {
            // Written when asked for, not on every render.
            const sharing = sharingCsv(data, result);
            if (sharing !== null) downloadText(`pivotpath-cost-sharing-${todayStamp()}.csv`, sharing, "text/csv");
          }}
        >
          Download the sharing result (CSV)
        </button>
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
      </ToolBar>
      <SettingsSection
        currency={currency}
        termMonths={termMonths}
        volunteerRate={volunteerRate}
        volunteerEntries={volunteerEntries}
        latest={latest}
        update={update}
      />
      <PartnersSection partners={partners} contributions={contributions} update={update} />
      <BudgetSection costs={costs} termMonths={termMonths} currency={currency} update={update} />
      <ContributionsSection
        contributions={contributions}
        partners={partners}
        currency={currency}
        volunteerRate={volunteerRate}
        update={update}
      />
      <SharingSection partners={partners} method={method} weightBasis={weightBasis} compared={figures} update={update} />
      <ResultsSection
        hasPartners={figures.partners.length > 0}
        termMonths={figures.termMonths}
        currency={figures.currency}
        method={figures.method}
        result={figures.result}
      />
      <ChartsSection
        partners={figures.partners}
        currency={figures.currency}
        contributed={figures.result.contributed}
        standings={figures.result.standings}
        empty={figures.result.totalContributed + figures.result.totalCost === 0n}
      />
      <ValuationNote />
    </section>
  );
}

const ValuationNote = memo(function ValuationNote() {
  return (
    <aside class="costing-note" aria-labelledby="costing-note-title">
      <h3 id="costing-note-title">How the values are set</h3>
      <p>
        In-kind contributions follow the rules US federal grants use for cost sharing (2 CFR 200.306): volunteer services at rates
        consistent with those paid for similar work, donated goods at fair market value, and donated or loaned space and equipment at fair
        rental value. Sharing costs in proportion to the benefit each partner receives is the “relative benefits” principle of 2 CFR
        200.405. Check your funder's own rules before you report in-kind value as match.
      </p>
      <p>
        Amounts are held in whole cents (or the currency's smallest unit), never rounded along the way. Shares are split by the
        largest-remainder method, so they always add up to the total exactly: 100.00 shared three ways is 33.34, 33.33 and 33.33, the extra
        cent going to the partner listed first. Quantity × unit value is rounded half away from zero to the cent. Amounts up to
        1,000,000,000,000 in the chosen currency are accepted.
      </p>
    </aside>
  );
});
