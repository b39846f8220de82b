import { COUNTS, EXAMPLE } from "../example/partnership";
import { SALES, TOTAL } from "../example/money";
import { EXAMPLE_ORG } from "../organizations/organizations-example";
import { type BusinessCaseData, DO_NOTHING_ID, emptyBusinessCase } from "./business-case-tool";

const item = (id: string, text: string) => ({ id: `example-${id}`, text });

/**
 * Riverside Fresh Start's business case, as step 3's worked example tells it: the cost is step 7's budget total and
 * the objectives are step 1's goals, the key players step 2's partners and the health center, and the outcome is step 8's first KPI (different households shopping each month, example-kpi-1).
 */
export function businessCaseExample(): BusinessCaseData {
  return {
    ...emptyBusinessCase(),
    currency: EXAMPLE.currency,
    problem: `About ${COUNTS.targetHouseholds.toLocaleString("en-US")} east-side households live more than a mile from a full-service grocery store and rarely eat fresh vegetables.`,
    purpose: EXAMPLE.purpose,
    audiences: `East-side households far from a grocery store, roughly ${COUNTS.snapHouseholds.toLocaleString("en-US")} of them on SNAP; Eastside's pantry clients; the park's neighbors.`,
    objectiveGoalIds: ["example-goal-1", "example-goal-2", "example-goal-3"],
    objectivesNote: "More SNAP households buying fresh food; new east-side customers for Greenleaf; busier Saturday mornings in the park.",
    keyPlayerIds: [EXAMPLE_ORG.foodBank, EXAMPLE_ORG.parks, EXAMPLE_ORG.grocer, EXAMPLE_ORG.clinic],
    keyPlayersNote:
      "Harbor Community Foundation; the city health department; the US Department of Agriculture (SNAP); the council member; two tenant associations; two corner-store owners near the park.",
    decision: "Approve the twelve-month market, your organization's contribution and one reviewer for the case.",
    options: [
      {
        id: DO_NOTHING_ID,
        name: "Do nothing",
        baseline: true,
        cost: 0,
        benefits: "None beyond the pantries' current reach.",
        risks: "Households far from a grocery store keep going without fresh produce.",
        verdict: "The baseline.",
      },
      {
        id: "example-option-market",
        name: "Weekly market with cooking classes in Riverside Park",
        baseline: false,
        cost: TOTAL,
        benefits: "Fresh produce at cost within walking distance, and cooking classes.",
        risks: "Weather, volunteer fatigue, SNAP approval arriving late.",
        verdict: "Recommended: reaches the most households for the money.",
      },
      {
        id: "example-option-van",
        name: "Mobile produce van, two stops a week",
        baseline: false,
        cost: null,
        benefits: "Reaches more streets.",
        risks: "Eastside's one refrigerated truck is busy serving its pantries, so a van would have to be bought; no classes.",
        verdict: "Not costed: no spare van to start with.",
      },
    ],
    chosenOptionId: "example-option-market",
    swot: {
      strengths: [
        item("s1", `A trusted food bank with about ${COUNTS.volunteers} volunteers`),
        item("s2", "Produce sold at cost"),
        item("s3", "A park at the heart of the area with a pavilion and a teaching kitchen"),
      ],
      weaknesses: [
        item("w1", "No partner has run a market before"),
        item("w2", "Greenleaf has little spare staff time"),
        item("w3", "City approvals are slow"),
      ],
      opportunities: [
        item("o1", "The foundation's food-access grant round"),
        item("o2", "The city's plan to bring more people to east-side parks"),
      ],
      threats: [
        item("t1", "Bad weather"),
        item("t2", "Volunteers tiring"),
        item("t3", "A food-safety incident that would hurt all three names"),
        item("t4", "Staff leaving mid-year"),
        item("t5", "SNAP approval for the park not arriving in time"),
      ],
    },
    totalCost: TOTAL,
    costSource: "costing",
    benefits: [
      {
        id: "example-benefit-savings",
        name: "Food costs saved by households",
        yearlyValue: SALES.storeValue - SALES.revenue,
        basis: "Market produce valued at Greenleaf's store prices, less what shoppers are expected to pay for it.",
      },
    ],
    outcomeKpiId: "example-kpi-1",
  };
}
