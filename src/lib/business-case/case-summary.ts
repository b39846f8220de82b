import { type Block, paragraph } from "../agreement/agreement-blocks";
import { formatMoney } from "../resources/money";
import { type BusinessCaseData, SWOT_LISTS } from "./business-case-tool";
import { type CaseLinks, type CaseSection, ESTIMATES_NOTE, named, returnFigures } from "./case-document";
import { kpisBlock, topRisksBlock } from "./case-links";
import { SWOT_LABEL } from "./swot";

/** Text on one line: the reader's line breaks become spaces. */
const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, " ").trim();

/** "Label: text", or "Label: not written yet." */
function labelled(label: string, ...parts: string[]): Block {
  const text = parts.map(oneLine).filter(Boolean).join(" ");
  return paragraph(`${label}: ${text === "" ? "not written yet." : text}`);
}

const listed = (items: readonly string[]) => (items.length === 0 ? "" : `${items.join("; ")}.`);

function theCase(data: BusinessCaseData, links: CaseLinks): Block[] {
  return [
    labelled("Problem or opportunity", data.problem),
    labelled("Purpose", data.purpose),
    labelled("Who it is for", data.audiences),
    labelled("Objectives", listed(named(data.objectiveGoalIds, links.goals, (g) => g.title)), data.objectivesNote),
    labelled("Key players", listed(named(data.keyPlayerIds, links.organizations, (o) => o.name)), data.keyPlayersNote),
    labelled("Decision asked of each partner's leadership", data.decision),
  ];
}

function options(data: BusinessCaseData): Block {
  const money = (minor: number | null) => (minor === null ? "Not estimated" : formatMoney(BigInt(minor), data.currency));
  const rows = data.options.map((o) => [o.id === data.chosenOptionId ? `${o.name} (chosen)` : o.name, money(o.cost), o.verdict || "—"]);
  return { kind: "table", caption: "Options appraisal", header: ["Option", "Cost", "Verdict"], rows };
}

function swot(data: BusinessCaseData): Block {
  const row = SWOT_LISTS.map((list) => data.swot[list].map((i) => i.text).join("; ") || "None yet");
  return { kind: "table", caption: "SWOT", header: SWOT_LISTS.map((list) => SWOT_LABEL[list].many), rows: [row] };
}

function costAndReturn(data: BusinessCaseData, links: CaseLinks): Block[] {
  const benefits = data.benefits.map(
    (b) => `${b.name}, ${formatMoney(BigInt(b.yearlyValue), data.currency)} a year (${b.basis || "no basis given"})`,
  );
  return [
    paragraph(
      returnFigures(data, links)
        .map(([name, value]) => `${name}: ${value.endsWith(".") ? value : `${value}.`}`)
        .join(" "),
    ),
    labelled("Benefit lines", listed(benefits) || "none yet."),
    paragraph(ESTIMATES_NOTE),
  ];
}

function benchmarks(data: BusinessCaseData): Block {
  return labelled(
    "Benchmarks",
    listed(data.benchmarks.map((b) => [b.program, b.figure, b.source && `(${b.source})`].filter(Boolean).join(", "))) || "none yet.",
  );
}

/**
 * The business case on one page: the case and the decision asked, options, SWOT, cost and return, benchmarks, step 5's
 * top residual risks and step 8's KPIs, each as short as it can be said. Text only, never markup.
 */
export function caseSummary(data: BusinessCaseData, links: CaseLinks): CaseSection[] {
  return [
    { heading: "The case", blocks: theCase(data, links) },
    { heading: "Options appraisal", blocks: [options(data)] },
    { heading: "SWOT", blocks: [swot(data)] },
    { heading: "Cost and return", blocks: [...costAndReturn(data, links), benchmarks(data)] },
    { heading: "Top residual risks", blocks: [topRisksBlock(links.risks)] },
    { heading: "KPIs", blocks: [kpisBlock(links.kpis)] },
  ];
}
