import type { Risk } from "../risks/risks-tool";
import { BAND_LABEL, type Band, DEFAULT_LIMITS, bandOf } from "../risks/scoring";
import { FOOD_BANK, GROCER, PARKS } from "./partnership";

/**
 * The risk register from the workshop of February 3, 2027, held before the agreement was signed so the agreement
 * could carry its answers. There is a funding risk for each real source of money: the foundation grant, the city's
 * events grant, Greenleaf's sponsorship and the market's sales.
 */
export const RISKS: readonly Omit<Risk, "id">[] = [
  {
    title: "Greenleaf's produce delivery fails on a market day",
    description: "The van breaks down or the order is short, and shoppers find empty stalls.",
    category: "operational",
    likelihood: 3,
    impact: 4,
    owner: GROCER,
    ownerOrganizationId: null,
    response: "treat",
    mitigation:
      "Greenleaf confirms the order by Thursday; Eastside's refrigerated truck is the backup van; a reserve of staple produce is kept at the food bank's warehouse.",
    residualLikelihood: 2,
    residualImpact: 3,
    escalation: "implementing",
    status: "mitigating",
    review: "2027-04-15",
  },
  {
    title: "Bad weather closes the park market",
    description: "Storms or heat warnings close the open lawn, and a lost week breaks the shopping habit.",
    category: "operational",
    likelihood: 3,
    impact: 4,
    owner: PARKS,
    ownerOrganizationId: null,
    response: "treat",
    mitigation: "The covered pavilion is the wet-weather site; the call is made by 7 a.m. and sent on the food bank's text line.",
    residualLikelihood: 3,
    residualImpact: 2,
    escalation: "implementing",
    status: "open",
    review: "2027-04-20",
  },
  {
    title: "Partners disagree on whose name leads the market's branding",
    description: "Each partner wants its own logo first on signs and flyers, which delays the launch material.",
    category: "relationship",
    likelihood: 3,
    impact: 3,
    owner: FOOD_BANK,
    ownerOrganizationId: null,
    response: "treat",
    mitigation:
      "Co-branding rules in the agreement; joint sign-off on public material; the strategic group settles a deadlock within two weeks.",
    residualLikelihood: 2,
    residualImpact: 3,
    escalation: "strategic",
    status: "mitigating",
    review: "2027-05-01",
  },
  {
    title: "A food-safety incident at a stall or a cooking class",
    description: "Produce kept too warm, or an allergen missed in a class recipe, makes someone ill.",
    category: "legal",
    likelihood: 2,
    impact: 5,
    owner: GROCER,
    ownerOrganizationId: null,
    response: "transfer",
    mitigation:
      "Greenleaf's product liability cover names Eastside and the city as additional insured, with a certificate on file and an indemnity clause in the agreement. Also a certified food handler at every market, allergen labels on every recipe and the city's temporary food event permit.",
    residualLikelihood: 1,
    residualImpact: 5,
    escalation: "project",
    status: "mitigating",
    review: "2027-03-15",
  },
  {
    title: "Greenleaf's SNAP authorization for the market site is not ready",
    description:
      "SNAP authorization belongs to a store location, so the store's own card reader cannot take EBT cards in the park. Without its own authorization the market cannot accept SNAP on day one.",
    category: "legal",
    likelihood: 3,
    impact: 5,
    owner: GROCER,
    ownerOrganizationId: null,
    response: "treat",
    mitigation:
      "Greenleaf applied for the market site in January; a wireless EBT reader is ordered; the first market day moves if the authorization has not arrived by March 20.",
    residualLikelihood: 1,
    residualImpact: 5,
    escalation: "strategic",
    status: "mitigating",
    review: "2027-03-20",
  },
  {
    title: "The foundation grant that pays the coordinator is late or cut",
    description: "The second half of the grant depends on a six-month report; without it the coordinator post has no pay.",
    category: "financial",
    likelihood: 2,
    impact: 5,
    owner: FOOD_BANK,
    ownerOrganizationId: null,
    response: "treat",
    mitigation:
      "The six-month report goes in two weeks early; Eastside's reserve can carry three months of pay; two more funders approached by September.",
    residualLikelihood: 2,
    residualImpact: 3,
    escalation: "strategic",
    status: "open",
    review: "2027-09-01",
  },
  {
    title: "The city's community events grant is cut or paid late",
    description: "The grant pays for the tents and tables; the city sets its budget mid-year.",
    category: "financial",
    likelihood: 2,
    impact: 2,
    owner: PARKS,
    ownerOrganizationId: null,
    response: "tolerate",
    mitigation: "Eastside pays for the tents from the shared account and is repaid when the grant arrives.",
    residualLikelihood: 2,
    residualImpact: 2,
    escalation: "project",
    status: "open",
    review: "2027-07-01",
  },
  {
    title: "Volunteers drift away after the first summer",
    description:
      "The market aims for about 160 volunteer hours a month, four times the 40 the budget counts on as a floor. Most people sign up for the launch and few stay into the winter.",
    category: "community",
    likelihood: 4,
    impact: 3,
    owner: FOOD_BANK,
    ownerOrganizationId: null,
    response: "treat",
    mitigation: "A rota run by the market coordinator; recruits from the cooking-class graduates; a thank-you evening each quarter.",
    residualLikelihood: 3,
    residualImpact: 3,
    escalation: "project",
    status: "open",
    review: "2027-06-30",
  },
  {
    title: "Data about SNAP/EBT shoppers is exposed or shared beyond need",
    description: "Sign-in sheets or card records could reveal who relies on food assistance.",
    category: "data",
    likelihood: 2,
    impact: 4,
    owner: FOOD_BANK,
    ownerOrganizationId: null,
    response: "treat",
    mitigation:
      "Record a market card number and a ZIP code only, never names or EBT card numbers; only Greenleaf sees EBT transactions; a data-sharing clause in the agreement.",
    residualLikelihood: 1,
    residualImpact: 4,
    escalation: "project",
    status: "mitigating",
    review: "2027-04-01",
  },
  {
    title: "Too few households come, so sales do not cover Greenleaf's produce",
    description:
      "Greenleaf sells at what the produce cost it. If fewer east-side households shop than planned, it loses money on spoiled stock and may cut supply or its sponsorship, and the market cannot show the foundation its reach.",
    category: "financial",
    likelihood: 3,
    impact: 4,
    owner: FOOD_BANK,
    ownerOrganizationId: null,
    response: "treat",
    mitigation:
      "Outreach through the food bank's client list, the tenant associations' flyers, Greenleaf's newsletter and a bus-stop sign at the park gate. Greenleaf reviews its order each month against sales, and may end its at-cost pricing with 60 days' notice.",
    residualLikelihood: 2,
    residualImpact: 4,
    escalation: "strategic",
    status: "open",
    review: "2027-05-15",
  },
];

const RESPONSE_WORD = { treat: "Treat", transfer: "Transfer", tolerate: "Tolerate", terminate: "Terminate" } as const;

function scored(likelihood: number, impact: number): string {
  const score = likelihood * impact;
  return `${score} ${BAND_LABEL[bandOf(score, DEFAULT_LIMITS)]} (${likelihood} × ${impact})`;
}

/** Risk `n` (from 1, the register's numbering) as the risk page's table shows it. */
export function riskRow(n: number): { title: string; owner: string; before: string; after: string; response: string } {
  const risk = RISKS[n - 1];
  if (!risk) throw new Error(`no risk ${n}`);
  return {
    title: risk.title,
    owner: risk.owner,
    before: scored(risk.likelihood, risk.impact),
    after: scored(risk.residualLikelihood, risk.residualImpact),
    response: `${RESPONSE_WORD[risk.response]}. ${risk.mitigation}`,
  };
}

/** How many risks sit in each band, before (inherent) or after (residual) their responses. */
export function bandCount(view: "before" | "after", band: Band): number {
  return RISKS.filter((r) => {
    const score = view === "before" ? r.likelihood * r.impact : r.residualLikelihood * r.residualImpact;
    return bandOf(score, DEFAULT_LIMITS) === band;
  }).length;
}
