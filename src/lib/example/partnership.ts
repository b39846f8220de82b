/**
 * The fictional partnership the guide follows through all eight steps: who is in it and when things happen.
 * Every tool's "Load example" and every figure the guide's pages print come from src/lib/example/, so a change
 * is made once. The story is set in the US (SNAP, 2 CFR), so amounts are US dollars.
 */

export const FOOD_BANK = "Eastside Food Bank";
export const PARKS = "Harbor City Parks Department";
export const GROCER = "Greenleaf Grocers";

export const EXAMPLE = {
  name: "Riverside Fresh Start",
  /** The organization whose staff read the guide in the story. */
  lead: FOOD_BANK,
  partners: [FOOD_BANK, PARKS, GROCER],
  purpose:
    "A weekly fresh-produce market with cooking classes in Riverside Park, for households on the east side who live more than a mile from a full-service grocery store.",
  termMonths: 12,
  currency: "USD",
  start: "2027-03-01",
  end: "2028-02-29",
} as const;

/** The story's dates in the order they happen, as "yyyy-mm-dd". */
export const DATES = {
  /** Eastside's goals session, then the director's sign-off. */
  goalsSession: "2026-10-20",
  goalsSigned: "2026-11-04",
  /** The one-page draft plan shown to tenant boards and the council member's office before choosing partners. */
  draftPlanShown: "2026-12-03",
  lettersOfIntent: "2026-12-14",
  /** The winter survey of east-side residents: it ran before the business case was written. */
  surveyStart: "2026-12-01",
  surveyEnd: "2027-01-08",
  /** Greenleaf applies for a SNAP authorization of its own for the market site. */
  snapApplication: "2027-01-11",
  swotMeeting: "2027-01-06",
  caseApprovedFoodBank: "2027-01-12",
  caseApprovedGrocer: "2027-01-13",
  caseApprovedParks: "2027-01-20",
  governanceMeeting: "2027-01-25",
  riskWorkshop: "2027-02-03",
  brandingSettled: "2027-02-08",
  townHall: "2027-02-10",
  contributionPlan: "2027-02-17",
  /** The memorandum of understanding, signed after the risk workshop, so it carries what the workshop decided. */
  agreementSigned: "2027-02-26",
  snapAuthorized: "2027-03-15",
  firstMarket: "2027-04-03",
  healthCheck1: "2027-05-31",
  /** The second health check, a week before the renewal decision so the decision can draw on it. */
  healthCheck2: "2027-11-22",
  /** The strategic group's renewal decision, three months before the end so any partner can give notice. */
  renewalDecision: "2027-11-29",
  closingReview: "2028-02-29",
  resultsPublished: "2028-03-18",
} as const;

/** The agreement's settlement dates: the last day of each quarter of the term. */
export const SETTLEMENT_DATES = ["2027-05-31", "2027-08-31", "2027-11-30", "2028-02-29"] as const;

/** Counts the story quotes. */
export const COUNTS = {
  pantrySites: 4,
  volunteers: 180,
  yearsOnEastSide: 15,
  candidates: 6,
  /** East-side households more than a mile from a full-service grocery store, and those on SNAP. */
  targetHouseholds: 2600,
  snapHouseholds: 1500,
  surveyAnswers: 214,
  interviews: 12,
  townHallResidents: 85,
  panelMembers: 6,
  panelStipend: 25,
  staples: 10,
  /** Days' notice a partner gives to leave, in the agreement. */
  noticeDays: 60,
  /** Budget changes above this many dollars go to the strategic group. */
  budgetThreshold: 1000,
  mediatorDays: 10,
  /** The classes: about twelve residents a series, four sessions, completed at three. */
  classSize: 12,
} as const;

/** What Eastside Food Bank could offer partners, as its step 1 worksheet lists it. */
export const OFFERS = [
  `About ${COUNTS.volunteers} volunteers`,
  "Staff who help clients apply for SNAP",
  "Certified food handlers",
  "A refrigerated warehouse and truck",
  "A nutrition educator",
  `The trust of east-side households, earned over ${COUNTS.yearsOnEastSide} years`,
  "The standing to apply for food-access grants",
] as const;

/** Eastside Food Bank's non-negotiables in step 1. */
export const NON_NEGOTIABLES = [
  "No one will be asked for proof of income or identity to shop or join a class.",
  "Client data stays with Eastside and is never used for marketing.",
  "SNAP/EBT cards must be accepted from the first market day.",
  "Eastside's name stays visible on any food-help service it runs.",
] as const;

/** The three goals Eastside Food Bank set itself in step 1, and what became of them. */
export const GOALS = [
  {
    title: "Put fresh produce within walking distance of 400 east-side households by the end of 2027",
    priority: "high",
    owner: "Programs director",
    wants: "A site in the neighborhood (the park) and a steady supply of produce sold at low prices.",
    failed: [],
  },
  {
    title: "Teach 150 residents to cook low-cost meals with seasonal vegetables within the first year",
    priority: "medium",
    owner: "Nutrition educator",
    wants: "A kitchen-equipped space and a partner with retail know-how for recipe costing.",
    failed: [],
  },
  {
    title: "Become known as the east side's first stop for food help",
    priority: "low",
    owner: "Executive director",
    wants: "The visibility of a city-run venue and the grocer's customer newsletter.",
    failed: ["measurable", "timeBound"],
  },
] as const;
