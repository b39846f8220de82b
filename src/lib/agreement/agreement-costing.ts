import { numberFormat } from "../intl-cache";
import type { OrganizationsData } from "../organizations/organizations-tool";
import { computeCostSharing } from "../resources/cost-sharing";
import { METHOD_INFO, TYPE_INFO } from "../resources/labels";
import { formatMoney } from "../resources/money";
import { partnerName } from "../resources/partner-links";
import { describeSharingProblem } from "../resources/sharing";
import { type Method, type ResourcesData, hasResources } from "../resources/resources-tool";
import { contributionValue } from "../resources/valuation";
import type { AgreementInput } from "./agreement-input";

type Costing = Pick<AgreementInput, "contributions" | "shares" | "costSharing">;

/** How the costs are shared, as the agreement says it. */
const HOW_SHARED: Record<Method, (data: ResourcesData) => string> = {
  equal: (d) => `The costs are shared equally among the ${d.partners.length} partners.`,
  proportional: (d) =>
    `The costs are shared in proportion to each partner's ${d.weightBasis === "capacity" ? "capacity to pay" : "expected benefit"}.`,
  custom: () => "The costs are shared by the percentages the partners agreed.",
};

const months = (n: number) => `${n} ${n === 1 ? "month" : "months"}`;

/** `part` of `whole` as a percentage with up to two decimals: "33.33%"; "" when the whole is zero. */
function percentOf(part: bigint, whole: bigint, locale?: string): string {
  if (whole === 0n) return "";
  const hundredths = Number((part * 10_000n) / whole);
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(hundredths / 100)}%`;
}

/**
 * The costing tool's data (step 7) as the outline's contributions and cost sharing: every contribution valued in
 * money, each partner's total and share of the costs under the chosen method, and the method in words. Partners are
 * named as on step 2's list. Nothing when the costing tool holds nothing.
 */
export function costingFrom(data: ResourcesData, organizations: OrganizationsData, locale?: string): Costing {
  if (!hasResources(data)) return { contributions: [], shares: [], costSharing: "" };
  const money = (minor: bigint) => formatMoney(minor, data.currency, { locale });
  const names = new Map(data.partners.map((p) => [p.id, partnerName(p, organizations)]));
  const contributions = data.contributions
    .filter((c) => names.has(c.partnerId))
    .map((c) => ({
      party: names.get(c.partnerId) ?? "",
      what: c.description.trim() === "" ? TYPE_INFO[c.type].label : `${TYPE_INFO[c.type].label}: ${c.description.trim()}`,
      value: money(contributionValue(c)),
    }));
  const result = computeCostSharing(data);
  const shares = data.partners.map((p, i) => {
    const share = result.standings?.[i]?.share;
    const percent = share === undefined ? "" : percentOf(share, result.totalCost, locale);
    return {
      party: names.get(p.id) ?? p.name,
      contributed: money(result.contributed[i]?.total ?? 0n),
      share: share === undefined ? "Not settled yet" : percent === "" ? money(share) : `${money(share)} (${percent})`,
    };
  });
  const costs = `The partnership's costs come to ${money(result.totalCost)} over ${months(data.termMonths)}; the partners' contributions are valued at ${money(result.totalContributed)}.`;
  const how =
    data.method === null
      ? "The partners have not chosen how to share the costs yet."
      : result.chosen.ok
        ? `${HOW_SHARED[data.method](data)} The table gives each partner's share.`
        : `The ${METHOD_INFO[data.method].label.toLowerCase()} shares are not settled yet: ${describeSharingProblem(result.chosen.problem, locale)}`;
  return { contributions, shares: data.partners.length === 0 ? [] : shares, costSharing: `${costs}\n${how}` };
}
