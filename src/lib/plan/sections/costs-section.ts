import { paragraph, table } from "../../agreement/agreement-blocks";
import { costOverTerm } from "../../resources/budget";
import { type CostSharing, computeCostSharing } from "../../resources/cost-sharing";
import { FREQUENCY_LABEL, METHOD_INFO } from "../../resources/labels";
import { formatMoney } from "../../resources/money";
import type { ResourcesData } from "../../resources/resources-tool";
import { describeSharingProblem } from "../../resources/sharing";
import type { DocBlock } from "../plan-document";
import type { SavedWork, SectionContext } from "../saved-work";

type Money = (minor: bigint, signed?: boolean) => string;

function budget(data: ResourcesData, money: Money): DocBlock[] {
  const rows = data.costs.map((c) => [
    c.name,
    money(BigInt(c.amount)),
    FREQUENCY_LABEL[c.frequency],
    money(costOverTerm(c, data.termMonths)),
  ]);
  return [
    { kind: "subheading", text: "Budget" },
    ...(rows.length === 0 ? [paragraph("No costs in the budget yet.")] : []),
    ...table(`Costs over a term of ${data.termMonths} months`, ["Cost", "Amount", "How often", "Over the term"], rows),
  ];
}

function totals(result: CostSharing, months: number, money: Money): DocBlock[] {
  const funding =
    result.gap > 0n ? `Funding gap: ${money(result.gap)}.` : result.gap < 0n ? `Surplus: ${money(-result.gap)}.` : "Fully funded.";
  return [
    paragraph(
      `Total cost over ${months} months: ${money(result.totalCost)}. Total contributed: ${money(result.totalContributed)}. ${funding}`,
    ),
  ];
}

function sharing(data: ResourcesData, result: CostSharing, money: Money, locale: string | undefined): DocBlock[] {
  if (data.method === null) return [paragraph("No cost-sharing method is chosen yet.")];
  const method = `Costs are shared by the ${METHOD_INFO[data.method].label.toLowerCase()} method. ${METHOD_INFO[data.method].hint}`;
  if (!result.chosen.ok) return [paragraph(method), paragraph(describeSharingProblem(result.chosen.problem, locale))];
  const party = (p: { name: string } | null) => p?.name ?? "The shared budget";
  return [
    paragraph(method),
    ...table(
      "Who pays what: each partner's fair share and contributions",
      ["Partner", "Fair share", "Cash", "In kind", "Contributed", "Balance"],
      (result.standings ?? []).map((s) => [
        s.partner.name,
        money(s.share),
        money(s.contributed.cash),
        money(s.contributed.inKind),
        money(s.contributed.total),
        money(s.balance, true),
      ]),
    ),
    ...(result.payments.length === 0 ? [paragraph("No payments are needed: every partner stands at its fair share.")] : []),
    ...table(
      "Payments that bring every partner to its fair share",
      ["From", "To", "Amount"],
      result.payments.map((p) => [party(p.from), party(p.to), money(p.amount)]),
    ),
  ];
}

/** Step 7: the budget over the term, the totals, and who pays what under the chosen way of sharing costs. */
export function costsSection({ resources }: SavedWork, { locale }: SectionContext): DocBlock[] {
  if (!resources) return [];
  const money: Money = (minor, signed = false) => formatMoney(minor, resources.currency, { locale, signed });
  const result = computeCostSharing(resources);
  const partners =
    resources.partners.length === 0 ? [paragraph("No partners in the costing yet.")] : sharing(resources, result, money, locale);
  return [
    ...budget(resources, money),
    { kind: "subheading", text: "Contributions and cost sharing" },
    ...totals(result, resources.termMonths, money),
    ...partners,
  ];
}
