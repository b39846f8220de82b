import { type Block, paragraph, paragraphs } from "../agreement/agreement-blocks";
import { formatMoney } from "../resources/money";
import { type BusinessCaseData, SWOT_LISTS } from "./business-case-tool";
import { type CaseLinks, kpisBlock, topRisksBlock } from "./case-links";
import { costingDifference } from "./cost-and-benefits";
import { type OutcomeKpi, caseResults, formatRatio } from "./return-figures";
import { SWOT_LABEL } from "./swot";

export type { CaseLinks } from "./case-links";

/** The Word file's title: "Business case: Riverside Fresh Start", or "Business case" while step 1 gives no partnership name. */
export function caseTitle(partnershipName: string): string {
  const name = partnershipName.trim();
  return name === "" ? "Business case" : `Business case: ${name}`;
}

/** One heading of the business case document and what it holds. */
export interface CaseSection {
  heading: string;
  blocks: Block[];
}

/** The statement every copy of the case carries beside money values of social benefits. */
export const ESTIMATES_NOTE =
  "Money values put on social benefits are estimates: each benefit line states how it was estimated. For a fuller method, see Social Return on Investment (SROI), from Social Value International.";

/** A cost per outcome in words: "$26.52 per unit of change in “Households served” (households)". */
export function perOutcomeText(amount: string, kpi: OutcomeKpi | undefined): string {
  return `${amount} per unit of change in “${kpi?.name ?? ""}” (${kpi?.unit ?? ""})`;
}

export const named = <T extends { id: string }>(ids: readonly string[], rows: readonly T[], name: (row: T) => string) =>
  ids.flatMap((id) => rows.filter((r) => r.id === id).map(name));

function lines(items: readonly string[], note: string): Block[] {
  const blocks = [...items.map(paragraph), ...paragraphs(note)];
  return blocks.length > 0 ? blocks : [paragraph("Not written yet.")];
}

const orNone = (text: string): Block[] => (text.trim() === "" ? [paragraph("Not written yet.")] : paragraphs(text));

function options(data: BusinessCaseData): Block {
  const money = (minor: number | null) => (minor === null ? "Not estimated" : formatMoney(BigInt(minor), data.currency));
  const rows = data.options.map((o) => [
    o.id === data.chosenOptionId ? `${o.name} (chosen)` : o.name,
    money(o.cost),
    o.benefits,
    o.risks,
    o.verdict,
  ]);
  return { kind: "table", caption: "Options appraisal", header: ["Option", "Cost", "Benefits", "Risks", "Verdict"], rows };
}

/**
 * The results of the case by name, each as text: the total cost (with step 7's budget total where that differs), the
 * benefits counted, and the three figures.
 */
export function returnFigures(data: BusinessCaseData, { kpis, costing }: Pick<CaseLinks, "kpis" | "costing">): [string, string][] {
  const money = (minor: number | bigint) => formatMoney(BigInt(minor), data.currency);
  const r = caseResults(data, kpis);
  const difference = costing && costingDifference(data, costing);
  const source = `${data.costSource === "costing" ? " (taken from step 7's costing)" : ""}${difference ? `; ${difference}` : ""}`;
  const kpi = kpis.find((k) => k.id === data.outcomeKpiId);
  const years = `${data.benefitYears} ${data.benefitYears === 1 ? "year" : "years"}`;
  return [
    ["Total cost", `${data.totalCost === null ? "not given" : money(data.totalCost)}${source}`],
    [`Benefits counted over ${years}`, money(r.benefitTotal)],
    ["Net benefit", r.netBenefit.ok ? money(r.netBenefit.value) : r.netBenefit.reason],
    ["Benefit–cost ratio", r.benefitCostRatio.ok ? formatRatio(r.benefitCostRatio.value) : r.benefitCostRatio.reason],
    ["Cost per outcome", r.costPerOutcome.ok ? perOutcomeText(money(r.costPerOutcome.value), kpi) : r.costPerOutcome.reason],
  ];
}

function costAndReturn(data: BusinessCaseData, links: CaseLinks): Block[] {
  const money = (minor: number | bigint) => formatMoney(BigInt(minor), data.currency);
  const benefits: Block[] =
    data.benefits.length === 0
      ? []
      : [
          {
            kind: "table",
            caption: "Benefits",
            header: ["Benefit", "Yearly value", "Basis"],
            rows: data.benefits.map((b) => [b.name, money(b.yearlyValue), b.basis || "No basis given."]),
          },
        ];
  const [cost, ...results] = returnFigures(data, links).map(([name, value]) => paragraph(`${name}: ${value}`));
  return [cost!, ...benefits, ...results, paragraph(ESTIMATES_NOTE)];
}

function benchmarks(data: BusinessCaseData): Block[] {
  if (data.benchmarks.length === 0) return [paragraph("None given yet.")];
  const rows = data.benchmarks.map((b) => [b.program, b.figure, b.source]);
  return [{ kind: "table", caption: "Comparable programs", header: ["Program", "Figure", "Source"], rows }];
}

/** The whole business case as headed sections of text and tables, for the Word file. Text only, never markup. */
export function caseDocument(data: BusinessCaseData, links: CaseLinks): CaseSection[] {
  return [
    { heading: "Problem or opportunity", blocks: orNone(data.problem) },
    { heading: "Purpose", blocks: orNone(data.purpose) },
    { heading: "Who it is for", blocks: orNone(data.audiences) },
    {
      heading: "Objectives",
      blocks: lines(
        named(data.objectiveGoalIds, links.goals, (g) => g.title),
        data.objectivesNote,
      ),
    },
    {
      heading: "Key players",
      blocks: lines(
        named(data.keyPlayerIds, links.organizations, (o) => o.name),
        data.keyPlayersNote,
      ),
    },
    { heading: "Options appraisal", blocks: [options(data)] },
    ...SWOT_LISTS.map((list) => ({
      heading: SWOT_LABEL[list].many,
      blocks: lines(
        data.swot[list].map((i) => i.text),
        "",
      ),
    })),
    { heading: "Cost and return", blocks: costAndReturn(data, links) },
    { heading: "Benchmarks", blocks: benchmarks(data) },
    { heading: "Top residual risks", blocks: [topRisksBlock(links.risks)] },
    { heading: "KPIs", blocks: [kpisBlock(links.kpis)] },
    { heading: "Decision asked of each partner's leadership", blocks: orNone(data.decision) },
  ];
}
