import { EXAMPLE } from "../example/partnership";
import { type Contribution, type ContributionType, type ResourcesData, VOLUNTEER_RATE_CENTS } from "./resources-tool";

const [FOOD_BANK, PARKS, GROCER] = EXAMPLE.partners;

const dollars = (n: number) => Math.round(n * 100);
const qty = (n: number) => Math.round(n * 1000);

function give(
  partnerId: string,
  type: ContributionType,
  description: string,
  quantity: number,
  unitValue: number,
): Omit<Contribution, "id"> {
  return { partnerId, type, description, quantity: qty(quantity), unitValue };
}

/**
 * Riverside Fresh Start's first year, costed. The budget lists every resource the market needs, cash and in kind,
 * so contributions in kind count against it. Figures are illustrative.
 */
export function resourcesExample(): ResourcesData {
  return {
    currency: EXAMPLE.currency,
    termMonths: EXAMPLE.termMonths,
    volunteerRate: VOLUNTEER_RATE_CENTS,
    method: "custom",
    weightBasis: "capacity",
    partners: [
      // Weights are annual budgets in dollars (thousandths of a unit); percentages were negotiated.
      { id: "example-partner-1", name: FOOD_BANK, weight: qty(2_400_000), percent: 5000 },
      { id: "example-partner-2", name: PARKS, weight: qty(3_600_000), percent: 2500 },
      { id: "example-partner-3", name: GROCER, weight: qty(1_800_000), percent: 2500 },
    ],
    costs: [
      { id: "example-cost-1", name: "Market tents and tables", amount: dollars(4_800), frequency: "one-off" },
      { id: "example-cost-2", name: "Produce for the market stalls, at cost", amount: dollars(1_500), frequency: "monthly" },
      { id: "example-cost-3", name: "Cooking-class ingredients", amount: dollars(400), frequency: "monthly" },
      { id: "example-cost-4", name: "Market coordinator (half time)", amount: dollars(2_500), frequency: "monthly" },
      { id: "example-cost-5", name: "Park pavilion and market lawn", amount: dollars(800), frequency: "monthly" },
      { id: "example-cost-6", name: "Stall and class volunteers", amount: dollars(1_300), frequency: "monthly" },
      { id: "example-cost-7", name: "Event liability insurance", amount: dollars(1_800), frequency: "yearly" },
      { id: "example-cost-8", name: "Outreach printing", amount: dollars(1_200), frequency: "one-off" },
    ],
    contributions: [
      give("example-partner-1", "staff", "Market coordinator, 20 hours a week", 1_040, dollars(28.5)),
      give("example-partner-1", "volunteer", "Stall and class volunteers, 40 hours a month", 480, VOLUNTEER_RATE_CENTS),
      give("example-partner-2", "space", "Pavilion and market lawn, fair rental value per month", 12, dollars(800)),
      give("example-partner-2", "staff", "Grounds crew set-up, 8 hours a month", 96, dollars(35)),
      give("example-partner-2", "cash", "Community events grant", 1, dollars(2_500)),
      give("example-partner-3", "equipment", "Produce at cost, per month", 12, dollars(1_500)),
      give("example-partner-3", "data", "Customer newsletter notices, per month", 12, dollars(125)),
      give("example-partner-3", "cash", "Sponsorship", 1, dollars(2_500)),
    ].map((c, i) => ({ id: `example-contribution-${i + 1}`, ...c })),
  };
}
